using CareerGraph.GraphQL.Execution;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Execution;

/// <summary>Spec §4 Introspection: __typename, __type, __schema and the meta-schema fields.</summary>
public class IntrospectionTests : ExecutionTestBase
{
    [Fact]
    public async Task Type_introspection_reports_fields_arguments_and_deprecation()
    {
        var json = await Run("""
            { __type(name: "Profession") { kind name description interfaces { name }
                fields { name isDeprecated } deprecated: fields(includeDeprecated: true) { name deprecationReason } } }
            """);
        AssertJson("""
            {"data":{"__type":{"kind":"OBJECT","name":"Profession","description":"A profession card at one qualification level.",
              "interfaces":[{"name":"Node"},{"name":"Named"}],
              "fields":[{"name":"id","isDeprecated":false},{"name":"name","isDeprecated":false},{"name":"level","isDeprecated":false},
                {"name":"codes","isDeprecated":false},{"name":"skills","isDeprecated":false},{"name":"related","isDeprecated":false},
                {"name":"standard","isDeprecated":false},{"name":"weight","isDeprecated":false},{"name":"active","isDeprecated":false},
                {"name":"published","isDeprecated":false}],
              "deprecated":[{"name":"id","deprecationReason":null},{"name":"name","deprecationReason":null},{"name":"level","deprecationReason":null},
                {"name":"codes","deprecationReason":null},{"name":"skills","deprecationReason":null},{"name":"related","deprecationReason":null},
                {"name":"standard","deprecationReason":null},{"name":"weight","deprecationReason":null},{"name":"active","deprecationReason":null},
                {"name":"legacyCode","deprecationReason":"No longer supported"},{"name":"published","deprecationReason":null}]}}}
            """, json);
    }

    [Fact]
    public async Task Wrapping_types_enum_values_input_fields_and_scalars()
    {
        var json = await Run("""
            { codes: __type(name: "Profession") { fields(includeDeprecated: true) { name type { kind name ofType { kind name ofType { kind name ofType { name } } } }
                args { name defaultValue } } }
              lang: __type(name: "Lang") { enumValues(includeDeprecated: true) { name isDeprecated } }
              ref: __type(name: "NodeRef") { isOneOf inputFields { name type { name } } }
              filter: __type(name: "ProfessionFilter") { isOneOf inputFields { name defaultValue } }
              date: __type(name: "Date") { kind specifiedByURL }
              union: __type(name: "SearchResult") { possibleTypes { name } }
              missing: __type(name: "Nope") { name } }
            """);
        AssertJson("""
            {"data":{
              "codes":{"fields":[
                {"name":"id","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID","ofType":null}},"args":[]},
                {"name":"name","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"String","ofType":null}},"args":[{"name":"lang","defaultValue":"RU"}]},
                {"name":"level","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"Int","ofType":null}},"args":[]},
                {"name":"codes","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"name":"String"}}}},"args":[]},
                {"name":"skills","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"name":"Skill"}}}},"args":[{"name":"first","defaultValue":"10"}]},
                {"name":"related","type":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"OBJECT","name":"Profession","ofType":null}}},"args":[]},
                {"name":"standard","type":{"kind":"OBJECT","name":"Standard","ofType":null},"args":[]},
                {"name":"weight","type":{"kind":"SCALAR","name":"Float","ofType":null},"args":[]},
                {"name":"active","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"Boolean","ofType":null}},"args":[]},
                {"name":"legacyCode","type":{"kind":"SCALAR","name":"String","ofType":null},"args":[]},
                {"name":"published","type":{"kind":"SCALAR","name":"Date","ofType":null},"args":[]}]},
              "lang":{"enumValues":[{"name":"KK","isDeprecated":false},{"name":"RU","isDeprecated":false},{"name":"EN","isDeprecated":true}]},
              "ref":{"isOneOf":true,"inputFields":[{"name":"professionId","type":{"name":"ID"}},{"name":"skillId","type":{"name":"ID"}}]},
              "filter":{"isOneOf":false,"inputFields":[{"name":"levelAtLeast","defaultValue":"1"},{"name":"levelAtMost","defaultValue":null},
                {"name":"lang","defaultValue":"RU"},{"name":"codes","defaultValue":null},{"name":"nested","defaultValue":null}]},
              "date":{"kind":"SCALAR","specifiedByURL":"https://tools.ietf.org/html/rfc3339"},
              "union":{"possibleTypes":[{"name":"Profession"},{"name":"Skill"},{"name":"Standard"}]},
              "missing":null}}
            """, json);
    }

    [Fact]
    public async Task Schema_introspection_lists_roots_types_and_directives()
    {
        var json = await Run("""
            { __schema { queryType { name } mutationType { name } subscriptionType { name }
                directives { name isRepeatable locations args { name } } types { name } } }
            """);
        AssertJson("""
            {"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},"subscriptionType":null,
              "directives":[
                {"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},
                {"name":"skip","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},
                {"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE","DIRECTIVE_DEFINITION"],"args":[{"name":"reason"}]},
                {"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url"}]},
                {"name":"oneOf","isRepeatable":false,"locations":["INPUT_OBJECT"],"args":[]}],
              "types":[{"name":"Date"},{"name":"Node"},{"name":"ID"},{"name":"Named"},{"name":"String"},{"name":"Lang"},
                {"name":"Profession"},{"name":"Int"},{"name":"Float"},{"name":"Boolean"},{"name":"Skill"},{"name":"Standard"},
                {"name":"SearchResult"},{"name":"ProfessionFilter"},{"name":"NodeRef"},{"name":"Query"},{"name":"Mutation"},
                {"name":"__Schema"},{"name":"__Type"},{"name":"__TypeKind"},{"name":"__Field"},{"name":"__InputValue"},
                {"name":"__EnumValue"},{"name":"__Directive"},{"name":"__DirectiveLocation"}]}}}
            """, json);
    }

    [Fact]
    public async Task Typename_works_on_every_composite_level_and_in_mutations()
    {
        AssertJson("""{"data":{"__typename":"Query","profession":{"__typename":"Profession","standard":{"__typename":"Standard"}}}}""",
            await Run("{ __typename profession(id: \"p1\") { __typename standard { __typename } } }"));
        AssertJson("""{"data":{"__typename":"Mutation"}}""", await Run("mutation { __typename }"));
    }

    [Fact]
    public async Task Full_introspection_query_runs_without_errors_within_default_limits()
    {
        var result = await new GraphQLExecutor(Data.BuildSchema()).ExecuteAsync(new GraphQLRequest(IntrospectionQuery),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(result.Errors);
        Assert.Contains("\"isRepeatable\":false", result.ToJson());
    }

    // The query GraphiQL and graphql-js getIntrospectionQuery() send (all options on).
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
