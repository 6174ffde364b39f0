using CareerGraph.Api;
using CareerGraph.Api.Configuration;
using CareerGraph.Api.Graph;
using CareerGraph.Api.Health;
using CareerGraph.Api.Schema;
using CareerGraph.GraphQL.Http;

// CareerGraph API: the career graph of Kazakhstan's professional standards over GraphQL.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => o.SingleLine = true).ReportListenFailuresInOneLine();
if (ConfigurationCheck.FindProblem(builder.Configuration) is { } problem)
    return StartupLog.Fail(problem);                            // one line naming the key and its form, exit 1

var graphQL = GraphQLSettings.From(builder.Configuration);
builder.Services.AddCareerGraph(builder.Configuration);          // seeds / snapshot / store → current graph
builder.Services.AddGraphQL(CareerSchema.Build(), graphQL.ExecutionOptions());
builder.Services.AddCareerGraphHealth();
builder.Services.AddCareerGraphRateLimiting(builder.Configuration);

await using var app = builder.Build();                          // disposal flushes the console log on every exit
app.UseRateLimiter();
app.UseWhileGraphLoads();                                       // 503 + Retry-After until the first graph is served
app.MapGraphQL("/graphql", o =>
{
    graphQL.Apply(o);                                           // limits, response cap, GraphiQL switch
    o.ContextFactory = http => http.RequestServices.GetRequiredService<GraphHolder>().Current;
}).RequireRateLimiting(RateLimiting.Policy);
app.MapCareerGraphHealth();
app.MapCounsellorApp();                           // the counsellor web app at / (GraphiQL stays at /graphql)

if (!await app.StartServingAsync()) return 1;                  // a graph that cannot load, an address in use: one log line, exit 1
await app.WaitForShutdownAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
