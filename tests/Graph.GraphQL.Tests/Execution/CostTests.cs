using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Execution;

/// <summary>
/// The cost budget prices what a query would produce (IBM Cost Directive model): lists multiply the cost of
/// their selection by their size, read from the slicing argument, a variable, the argument's default or
/// @listSize(assumedSize:). Expected costs are worked out by hand in each case's comment.
/// </summary>
public class CostTests
{
    private const string Sdl = """
        directive @cost(weight: String!) on FIELD_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
        type Query {
          node: Item
          items(first: Int = 5): [Item!]! @listSize(slicingArguments: ["first"])
          conn(first: Int = 20): Conn! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
          unsized: [Item!]!
          expensive: Int @cost(weight: "40")
        }
        type Item { name: String children: [Item!]! @listSize(assumedSize: 10) tags: [String!]! }
        type Conn { nodes: [Item!]! total: Int }
        """;

    private static readonly Schema Schema = new SchemaBuilder(Sdl).Build();

    private static long Cost(string query, Dictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(new Source(query));
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return OperationLimits.Measure(Schema, document, operation, variables).Cost;
    }

    [Theory]
    [InlineData("{ items { name } }", 5)]                       // default first = 5 items × 1
    [InlineData("{ items(first: 50) { name tags } }", 50)]       // 50 items × 1; leaves weigh 0
    [InlineData("{ node { name } }", 1)]                         // one object
    [InlineData("{ node { children { name } } }", 11)]           // 1 + 10 children
    [InlineData("{ node { children { children { name } } } }", 111)] // 1 + 10 × (1 + 10)
    [InlineData("{ conn(first: 3) { total nodes { name } } }", 4)]   // the connection 1 + 3 nodes
    [InlineData("{ conn { nodes { children { name } } } }", 221)]    // 1 + 20 × (1 + 10)
    [InlineData("{ unsized { name } }", 10)]                     // ExecutionOptions.DefaultListSize
    [InlineData("{ expensive }", 40)]                            // @cost weight on a leaf
    [InlineData("{ ...F } fragment F on Query { items(first: 2) { ...G } } fragment G on Item { children { name } }", 22)] // 2 × (1 + 10)
    public void A_list_multiplies_the_cost_of_its_selection_by_its_size(string query, long expected) =>
        Assert.Equal(expected, Cost(query));

    [Fact]
    public void A_slicing_argument_given_as_a_variable_counts_with_its_value() =>
        Assert.Equal(7 * 11, Cost("query($n: Int) { items(first: $n) { children { name } } }", new() { ["n"] = 7 }));

    [Fact]
    public void Nested_lists_in_a_short_query_are_priced_by_what_they_would_produce()
    {
        // 14 nested levels of 10 children: 10^14 objects from a 150-character query.
        var query = "{ node { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "name" + new string('}', 15) + " }";
        Assert.True(query.Length < 200);
        Assert.True(Cost(query) > 100_000_000_000_000);
    }

    [Fact]
    public async Task The_computed_cost_is_returned_when_the_request_asks_for_it()
    {
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions { MaxCost = 100 });
        var ct = TestContext.Current.CancellationToken;
        var asked = await executor.ExecuteAsync(new GraphQLRequest("{ node { children { name } } }",
            Extensions: new Dictionary<string, object?> { ["cost"] = true }), cancellationToken: ct);
        Assert.Equal("""{"data":{"node":null},"extensions":{"cost":{"requestedQueryCost":11,"maximumAvailable":100}}}""", asked.ToJson());
        var notAsked = await executor.ExecuteAsync(new GraphQLRequest("{ node { name } }"), cancellationToken: ct);
        Assert.Null(notAsked.Extensions);
        var refused = await executor.ExecuteAsync(new GraphQLRequest("{ items(first: 101) { name } }"), cancellationToken: ct);
        Assert.Equal("""{"errors":[{"message":"Operation cost 101 exceeds the budget of 100.","extensions":{"code":"COST_LIMIT_EXCEEDED","value":101,"limit":100}}]}""", refused.ToJson());
    }

    [Fact]
    public void Cost_directives_are_printed_in_the_sdl_so_clients_can_read_the_model()
    {
        var printed = SchemaPrinter.Print(Schema);
        Assert.Contains("""items(first: Int = 5): [Item!]! @listSize(slicingArguments: ["first"])""", printed);
        Assert.Contains("""conn(first: Int = 20): Conn! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])""", printed);
        Assert.Contains("""expensive: Int @cost(weight: "40")""", printed);
        Assert.Contains("""children: [Item!]! @listSize(assumedSize: 10)""", printed);
    }
}
