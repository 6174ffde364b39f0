using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Utilities;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Execution;

public class ExecutorTests : ExecutionTestBase
{
    [Fact] // §6.3 selection sets, §6.4.1 argument defaults, aliases, enums, custom scalar result coercion
    public async Task Executes_fields_with_arguments_aliases_and_defaults()
    {
        var json = await Run("""
            { profession(id: "p1") { id ru: name kk: name(lang: KK) level codes weight active published legacyCode
                skills(first: 1) { title } standard { name } } }
            """);
        AssertJson("""
            {"data":{"profession":{"id":"p1","ru":"Сварщик","kk":"Дәнекерлеуші","level":3,"codes":["7212-1"],"weight":1.5,
              "active":true,"published":"2023-05-17","legacyCode":"W-1","skills":[{"title":"Welding"}],
              "standard":{"name":"Сварочное производство"}}}}
            """, json);
    }

    [Fact] // §6.3.2 CollectFields: fragments, inline fragments, @skip/@include with variables, merged response keys
    public async Task Collects_fields_through_fragments_and_directives()
    {
        var json = await Run("""
            query Q($withLevel: Boolean!, $skipCodes: Boolean = true) {
              profession(id: "p2") {
                ...Basic
                ... on Profession @include(if: $withLevel) { level }
                codes @skip(if: $skipCodes)
                id
              }
            }
            fragment Basic on Named { id name }
            """, """{"withLevel": true}""");
        AssertJson("""{"data":{"profession":{"id":"p2","name":"Мастер сварки","level":5}}}""", json);
    }

    [Fact] // §6.4.3 ResolveAbstractType via CLR type mapping, unions, __typename
    public async Task Resolves_interfaces_and_unions()
    {
        var json = await Run("""
            { node(id: "s2") { __typename id ... on Skill { title } }
              nodes(ids: ["p3", "st1", "missing"]) { __typename ... on Named { name(lang: KK) } }
              search(text: "свар") { __typename ... on Profession { id } ... on Standard { id } } }
            """);
        AssertJson("""
            {"data":{"node":{"__typename":"Skill","id":"s2","title":"Safety"},
              "nodes":[{"__typename":"Profession","name":"Инженер"},{"__typename":"Standard","name":"Дәнекерлеу өндірісі"},null],
              "search":[{"__typename":"Profession","id":"p1"},{"__typename":"Profession","id":"p2"},{"__typename":"Standard","id":"st1"}]}}
            """, json);
    }

    [Fact] // §6.4.4 Handling Field Errors: nullable field becomes null, error has message, locations and path
    public async Task Field_error_in_nullable_field_yields_null_and_located_error()
    {
        var json = await Run("{ a: profession(id: \"p3\") { id } failing }");
        AssertJson("""
            {"errors":[{"message":"failing resolver","locations":[{"line":1,"column":34}],"path":["failing"]}],
             "data":{"a":{"id":"p3"},"failing":null}}
            """, json);
    }

    [Fact] // §6.4.4: an error in a non-null root field nulls the whole data
    public async Task Non_null_error_propagates_to_data()
    {
        var json = await Run("{ profession(id: \"p3\") { id } failingNonNull }");
        AssertJson("""
            {"errors":[{"message":"non-null failure","locations":[{"line":1,"column":31}],"path":["failingNonNull"]}],"data":null}
            """, json);
    }

    [Fact]
    public async Task Non_null_propagation_stops_at_the_nearest_nullable_parent()
    {
        var schema = new SchemaBuilder("""
            type Query { items: [Item] strict: [Item!] }
            type Item { id: Int! name: String! }
            """)
            .Resolve("Query.items", _ => new object?[] { new { id = 1, name = "a" }, new { id = 2, name = (string?)null } })
            .Resolve("Query.strict", _ => new object?[] { new { id = 1, name = "a" }, new { id = 2, name = (string?)null } })
            .Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ items { id name } strict { id name } }"),
            cancellationToken: TestContext.Current.CancellationToken);
        AssertJson("""
            {"errors":[
              {"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":14}],"path":["items",1,"name"]},
              {"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":33}],"path":["strict",1,"name"]}],
             "data":{"items":[{"id":1,"name":"a"},null],"strict":null}}
            """, result.ToJson());
    }

    [Fact] // §6.2.2 mutations execute their root fields serially
    public async Task Mutation_fields_run_in_order()
    {
        var json = await Run("mutation { a: increment b: increment rename(id: \"p3\", name: \"Инженер-технолог\") { name } c: increment }");
        AssertJson("""{"data":{"a":1,"b":2,"rename":{"name":"Инженер-технолог"},"c":3}}""", json);
    }

    [Fact]
    public async Task Async_resolvers_complete()
    {
        AssertJson("""{"data":{"slow":"done","profession":{"id":"p1"}}}""", await Run("{ slow(ms: 20) profession(id: \"p1\") { id } }"));
    }

    [Theory] // §6.1 GetOperation
    [InlineData("query A { failing } query B { failing }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { failing }", "C", "Unknown operation named \"C\".")]
    [InlineData("fragment F on Query { failing }", null, "Must provide an operation.")]
    public async Task Operation_selection_errors_have_no_data(string query, string? operationName, string message)
    {
        var executor = new GraphQLExecutor(Data.BuildSchema(), new ExecutionOptions { ValidationRules = [] });
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, operationName), cancellationToken: TestContext.Current.CancellationToken);
        AssertJson($$"""{"errors":[{"message":"{{message.Replace("\"", "\\\"")}}"}]}""", result.ToJson());
    }

    [Fact]
    public async Task Selects_the_named_operation()
    {
        AssertJson("""{"data":{"profession":{"id":"p2"}}}""",
            await Run("query A { failing } query B { profession(id: \"p2\") { id } }", operationName: "B"));
    }

    [Fact]
    public async Task Syntax_and_validation_errors_are_request_errors()
    {
        AssertJson("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}]}]}""",
            await Run("{"));
        AssertJson("""
            {"errors":[{"message":"Cannot query field \"nme\" on type \"Profession\". Did you mean \"name\"?","locations":[{"line":1,"column":26}]}]}
            """, await Run("{ profession(id: \"p1\") { nme } }"));
    }

    [Fact]
    public async Task Documents_are_cached_by_text()
    {
        await Run("{ failing }");
        await Run("{ failing }");
        await Run("{ slow(ms: 0) }");
        Assert.Equal(2, Executor.CachedDocuments);
    }

    private sealed class BrokenRule : CareerGraph.GraphQL.Validation.IValidationRule
    {
        public CareerGraph.GraphQL.Language.IAstVisitor CreateVisitor(CareerGraph.GraphQL.Validation.ValidationContext context) =>
            throw new InvalidOperationException("bug in a rule");
    }

    [Fact]
    public async Task Engine_defects_become_a_generic_error_and_are_reported()
    {
        var seen = new List<Exception>();
        var executor = new GraphQLExecutor(Data.BuildSchema(), new ExecutionOptions { ValidationRules = [new BrokenRule()], OnUnexpectedError = seen.Add });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ failing }"), cancellationToken: TestContext.Current.CancellationToken);
        AssertJson("""{"errors":[{"message":"Unexpected error while executing the request."}]}""", result.ToJson());
        Assert.Equal("bug in a rule", Assert.Single(seen).Message);
    }

    [Fact]
    public async Task Masked_exceptions_hide_resolver_messages_but_keep_graphql_errors()
    {
        var executor = new GraphQLExecutor(Data.Builder()
            .Resolve("Query.slow", _ => throw new GraphQLException("shown to clients")).Build(), new ExecutionOptions { MaskExceptions = true });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ failing slow(ms: 1) }"), cancellationToken: TestContext.Current.CancellationToken);
        AssertJson("""
            {"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["failing"]},
                       {"message":"shown to clients","locations":[{"line":1,"column":11}],"path":["slow"]}],
             "data":{"failing":null,"slow":null}}
            """, result.ToJson());
    }

    [Fact] // graphql-js raises the missing root type inside execution: the response has "data": null
    public async Task Operation_without_root_type_yields_null_data()
    {
        AssertJson("""{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}],"data":null}""",
            await Run("subscription { failing }"));
    }
}
