using CareerGraph.GraphQL;
using CareerGraph.GraphQL.Language;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_operation_with_variables_directives_fragments()
    {
        var doc = Parser.Parse("""
            query Q($id: ID! = "1", $list: [Int!] @dir) @op {
              alias: field(arg: $id, obj: {a: [1, 2.5, "s", true, null, ENUM]}) @include(if: true) {
                ...Frag
                ... on T { x }
                ... @skip(if: false) { y }
              }
            }
            fragment Frag on T { z }
            """);
        var op = Assert.IsType<OperationDefinitionNode>(doc.Definitions[0]);
        Assert.Equal("Q", op.Name!.Value);
        Assert.Equal(2, op.VariableDefinitions.Count);
        Assert.IsType<NonNullTypeNode>(op.VariableDefinitions[0].Type);
        Assert.Equal("1", Assert.IsType<StringValueNode>(op.VariableDefinitions[0].DefaultValue).Value);
        var field = Assert.IsType<FieldNode>(op.SelectionSet.Selections[0]);
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal(new Location(52, field.Location!.End, 2, 3), field.Location);
        Assert.Equal(3, field.SelectionSet!.Selections.Count);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[0]);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[2]).TypeCondition);
        Assert.IsType<FragmentDefinitionNode>(doc.Definitions[1]);
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ field(arg: ) }", "Syntax Error: Unexpected \")\".", 1, 14)]
    [InlineData("query { ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 15)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Q($v: Int = $x) { a }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 19)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("{ a }\n  }", "Syntax Error: Unexpected \"}\".", 2, 3)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    public void Reports_syntax_errors_with_location(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Error;
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Parses_type_system_language()
    {
        var doc = Parser.Parse("""
            "Schema description"
            schema @a { query: Q mutation: M }
            extend schema @b
            "The scalar"
            scalar Date @specifiedBy(url: "https://example.com")
            interface Node { id: ID! }
            interface Named implements Node & Entity { id: ID! name(lang: Lang = KK): String }
            type T implements & Node @key { id: ID! "arg desc" f(a: Int = 1 @deprecated(reason: "x")): [T!]! @deprecated }
            union U = | A | B
            enum Lang { KK RU @deprecated }
            input In @oneOf { a: Int, b: String = "x" }
            directive @key(fields: String) repeatable on OBJECT | INTERFACE
            extend type T @x
            extend interface Node { extra: Int }
            extend union U = C
            extend enum Lang { EN }
            extend input In { c: Int }
            extend scalar Date @y
            """);
        Assert.Equal(16, doc.Definitions.Count);
        var named = Assert.IsType<InterfaceTypeDefinitionNode>(doc.Definitions[4]);
        Assert.Equal(["Node", "Entity"], named.Interfaces.Select(i => i.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(doc.Definitions[9]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        var union = Assert.IsType<UnionTypeDefinitionNode>(doc.Definitions[6]);
        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Token_limit_aborts_parsing()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() =>
            Parser.Parse("{ a b c d e f }", new ParserOptions(MaxTokens: 5))).Error;
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
    }

    [Fact] // graphql-js 16.15 (spec draft): descriptions on operations, fragments and variable definitions
    public void Parses_and_prints_executable_descriptions()
    {
        const string text = "\"Finds one\"\nquery Q(\n\"the id\"\n$id: ID\n) {\n  a\n}\n\n\"\"\"Shared\"\"\"\nfragment F on T {\n  b\n}";
        var doc = Parser.Parse(text);
        Assert.Equal("Finds one", ((OperationDefinitionNode)doc.Definitions[0]).Description!.Value);
        Assert.Equal("the id", ((OperationDefinitionNode)doc.Definitions[0]).VariableDefinitions[0].Description!.Value);
        Assert.Equal("Shared", ((FragmentDefinitionNode)doc.Definitions[1]).Description!.Value);
        Assert.Equal(text, Printer.Print(doc));
    }
}
