using CareerGraph.Api;
using CareerGraph.Api.Graph;
using CareerGraph.Api.Health;
using CareerGraph.Api.Schema;
using CareerGraph.GraphQL.Execution;

// CareerGraph API: the career graph of Kazakhstan's professional standards over GraphQL.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

builder.Services.AddCareerGraph(builder.Configuration);          // seeds / snapshot / store → current graph
builder.Services.AddSingleton(new GraphQLExecutor(CareerSchema.Build(), new ExecutionOptions { MaskExceptions = true }));
builder.Services.AddCareerGraphHealth();
builder.Services.AddCareerGraphRateLimiting(builder.Configuration);

var app = builder.Build();
if (!await app.LoadCareerGraphAsync()) return 1;               // one log line, non-zero exit

app.UseRateLimiter();
app.MapCareerGraphQL("/graphql");
app.MapCareerGraphHealth();
app.MapGet("/", () => Results.Redirect("/graphql"));

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
