using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerGraph.GraphQL.Http;

public static class GraphQLEndpointExtensions
{
    /// <summary>Registers one executor over the schema (singleton, so its document cache is shared by all requests).</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Schema schema, ExecutionOptions? options = null) =>
        services.AddSingleton(new GraphQLExecutor(schema, options ?? new ExecutionOptions { MaskExceptions = true }));

    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="pattern"/> (GET + POST; other methods get 405) and, under it,
    /// the GraphiQL assets at "{pattern}/graphiql/{file}". Returns the group so the host can chain conventions
    /// such as RequireRateLimiting or RequireAuthorization onto every route of the endpoint.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql",
        Action<GraphQLHttpOptions>? configure = null)
    {
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        var executor = options.Executor ?? endpoints.ServiceProvider.GetService<GraphQLExecutor>()
            ?? throw new InvalidOperationException("MapGraphQL needs an executor: call services.AddGraphQL(schema) or set options.Executor.");
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("CareerGraph.GraphQL.Http");
        var handler = new GraphQLHttpHandler(executor, options, logger);

        var group = endpoints.MapGroup(pattern);
        group.Map("", context => handler.HandleAsync(context, context.Request.PathBase + pattern.TrimEnd('/')));
        if (options.EnableGraphiQL)
            group.MapMethods("graphiql/{file}", ["GET", "HEAD"], context =>
                GraphiQLAssets.WriteAssetAsync(context, (string)context.Request.RouteValues["file"]!));
        return group;
    }
}
