using CareerGraph.GraphQL.Tests.TestSchema;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Utilities;

public class SchemaBuilderTests
{
    private static string BuildError(string sdl) =>
        Assert.Throws<SchemaValidationException>(() => new SchemaBuilder(sdl).Build()).Message;

    [Fact]
    public void Builds_every_type_kind_from_the_test_schema()
    {
        var schema = new TestData().BuildSchema();
        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.IsType<ScalarType>(schema.GetType("Date"));
        Assert.Equal("https://tools.ietf.org/html/rfc3339", ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl);
        var named = Assert.IsType<InterfaceType>(schema.GetType("Named"));
        Assert.Equal(["Node"], named.Interfaces.Select(i => i.Name));
        Assert.Equal(["Profession", "Standard"], schema.GetPossibleTypes(named).Select(t => t.Name));
        Assert.True(((InputObjectType)schema.GetType("NodeRef")!).IsOneOf);
        var lang = Assert.IsType<EnumType>(schema.GetType("Lang"));
        Assert.Equal("Not in the source documents.", lang.GetValue("EN")!.DeprecationReason);
        Assert.Equal(Lang.Kk, lang.GetValue("KK")!.Value);
        var profession = (ObjectType)schema.GetType("Profession")!;
        Assert.Equal(Directives.DefaultDeprecationReason, profession.GetField("legacyCode")!.DeprecationReason);
        var first = profession.GetField("skills")!.GetArgument("first")!;
        Assert.True(first.HasDefaultValue);
        Assert.Equal(10, first.DefaultValue);
        Assert.Equal(Lang.Ru, profession.GetField("name")!.GetArgument("lang")!.DefaultValue);
        // Specified directives are added when the SDL does not define them.
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void Printing_is_stable_and_rebuilds_the_same_schema()
    {
        var printed = SchemaPrinter.Print(new TestData().BuildSchema());
        var reprinted = SchemaPrinter.Print(new SchemaBuilder(printed).Build());
        Assert.Equal(printed, reprinted);
        Assert.Contains("interface Named implements Node {\n  id: ID!\n  name(lang: Lang = RU): String!\n}", printed);
        Assert.Contains("  legacyCode: String @deprecated\n", printed);
        Assert.Contains("  EN @deprecated(reason: \"Not in the source documents.\")\n", printed);
        Assert.Contains("input NodeRef @oneOf {", printed);
        Assert.Contains("scalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")", printed);
        Assert.Contains("union SearchResult = Profession | Skill | Standard", printed);
        Assert.Contains("  \"\"\"Qualification level, 1–8.\"\"\"\n  level: Int!", printed);
        // Conventional root names and no description would omit the schema block; this schema has a description.
        Assert.StartsWith("\"\"\"\nTest schema for the engine", printed);
    }

    [Fact]
    public void Prints_schema_definition_only_for_unconventional_root_names()
    {
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.Print(new SchemaBuilder("type Query { a: Int }").Build()));
        Assert.Equal("schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}",
            SchemaPrinter.Print(new SchemaBuilder("schema { query: Root } type Root { a: Int }").Build()));
    }

    [Theory] // spec §3.3 root operation types, §3.6.1 IsValidImplementation, §3.8 unions, §3.10 input objects
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Unknown }", "Unknown type \"Unknown\".")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("interface I { a: Int } type Query implements I { b: Int }", "Interface field I.a expected but Query does not provide it.")]
    [InlineData("interface I { a: Int } type Query implements I { a: String }", "Interface field I.a expects type Int but Query.a is type String.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a: Int }", "Interface field argument I.a(x:) expected but Query.a does not provide it.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String.")]
    [InlineData("interface I { a: Int } type Query implements I { a(y: Int!): Int }", "Object field Query.a includes required argument y that is missing from the Interface field I.a.")]
    [InlineData("interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }", "Type Query must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } type O { a: Int } type X implements O { a: Int }", "Type X must only implement Interface types, it cannot implement O.")]
    [InlineData("type Query { a: U } union U = Query | In input In { x: Int }", "Union type U can only include Object types, it cannot include In.")]
    [InlineData("type Query { a(i: In): Int } input In { self: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { x: Int! }", "OneOf input field In.x must be nullable.")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { x: Int = 1 }", "OneOf input field In.x cannot have a default value.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } scalar S extend type S @deprecated", "Cannot extend non-object type \"S\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("schema { query: Query mutation: Query } type Query { a: Int }", "All root types must be different, \"Query\" type is used as query and mutation root types.")]
    public void Rejects_invalid_schemas_with_clear_messages(string sdl, string expected)
    {
        Assert.Contains(expected, BuildError(sdl));
    }

    [Fact]
    public void Aggregates_all_problems_into_one_message()
    {
        var message = BuildError("type Query { a: Int } type Empty enum E");
        Assert.Contains("Type Empty must define one or more fields.", message);
        Assert.Contains("Enum type E must define one or more values.", message);
    }

    [Fact]
    public void Resolver_bound_to_an_unknown_field_fails_the_build()
    {
        var error = Assert.Throws<SchemaValidationException>(() =>
            new SchemaBuilder("type Query { a: Int }").Resolve("Query.b", _ => 1).Build());
        Assert.Contains("Resolver bound to \"Query.b\"", error.Message);
    }

    [Fact]
    public void Extensions_add_fields_values_members_and_interfaces()
    {
        var schema = new SchemaBuilder("""
            type Query { a: Int }
            interface I { id: ID }
            extend type Query implements I { id: ID }
            enum E { A } extend enum E { B }
            type X { x: Int } union U = X extend union U = Query
            input In { a: Int } extend input In { b: Int }
            """).Build();
        Assert.Equal(["a", "id"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["I"], schema.QueryType.Interfaces.Select(i => i.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["X", "Query"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("In")!).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Input_default_that_contains_its_own_type_fails_the_build_instead_of_overflowing_the_stack()
    {
        Assert.Contains("refer to themselves while being built", BuildError("type Query { a(i: In): Int } input In { self: In = {} }"));
    }

    [Fact]
    public void Input_defaults_are_coerced_with_nested_field_defaults()
    {
        var schema = new SchemaBuilder("type Query { a(i: In = {}): Int } input In { x: Int = 3 y: [Int] = 4 }").Build();
        var arg = schema.QueryType!.GetField("a")!.GetArgument("i")!;
        var value = Assert.IsType<Dictionary<string, object?>>(arg.DefaultValue);
        Assert.Equal(3, value["x"]);
        Assert.Equal([4], Assert.IsType<List<object?>>(value["y"]));
        Assert.Contains("a(i: In = {x: 3, y: [4]}): Int", SchemaPrinter.Print(schema));
    }
}
