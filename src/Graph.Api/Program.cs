using CareerGraph.Api;
using CareerGraph.Api.Graph;
using CareerGraph.Api.Health;
using CareerGraph.Api.Schema;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Http;

// CareerGraph API: the career graph of Kazakhstan's professional standards over GraphQL.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

builder.Services.AddCareerGraph(builder.Configuration);          // seeds / snapshot / store → current graph
builder.Services.AddGraphQL(CareerSchema.Build(), new ExecutionOptions { MaskExceptions = true });
builder.Services.AddCareerGraphHealth();
builder.Services.AddCareerGraphRateLimiting(builder.Configuration);

await using var app = builder.Build();                          // disposal flushes the console log on every exit
if (!await app.LoadCareerGraphAsync()) return 1;               // one log line, non-zero exit

app.UseRateLimiter();
app.MapGraphQL("/graphql", o => o.ContextFactory = http => http.RequestServices.GetRequiredService<GraphHolder>().Current)
   .RequireRateLimiting(RateLimiting.Policy);      // GraphQL over HTTP + GraphiQL for browsers
app.MapCareerGraphHealth();
app.MapCounsellorApp();                           // the counsellor web app at / (GraphiQL stays at /graphql)

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
