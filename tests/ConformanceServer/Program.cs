using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Http;
using CareerGraph.GraphQL.Tests.TestSchema;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// The GraphQL endpoint over the engine's test schema and data, for the HTTP load benchmark (bench/http) and for
// trying the endpoint and GraphiQL by hand: dotnet run --project tests/ConformanceServer -- --urls http://127.0.0.1:5081
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQL(new TestData().BuildSchema(), new ExecutionOptions { MaskExceptions = true });
var app = builder.Build();
app.MapGraphQL("/graphql");
app.Run();
