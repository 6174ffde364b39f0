using CareerGraph.GraphQL.Language;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void Prints_query_in_canonical_layout()
    {
        var doc = Parser.Parse("query  Q ( $a : Int = 1 , $b:[String!]! ) @d { alias : f ( x : {a:1,b:[1,2]} ) @include(if:$a) { ...F ... on T { y } } } fragment F on T { z }");
        Assert.Equal("""
            query Q($a: Int = 1, $b: [String!]!) @d {
              alias: f(x: {a: 1, b: [1, 2]}) @include(if: $a) {
                ...F
                ... on T {
                  y
                }
              }
            }

            fragment F on T {
              z
            }
            """, Printer.Print(doc));
    }

    [Fact]
    public void Anonymous_query_prints_as_shorthand()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
    }

    [Theory]
    [InlineData("{\n  a(s: \"quote \\\" nl \\n tab \\t uni \\u0001\")\n}")]
    [InlineData("type T implements A & B @d {\n  \"desc\"\n  f(a: Int = 1, b: [String!]! @deprecated(reason: \"x\")): T @deprecated\n}")]
    [InlineData("\"\"\"\nMulti\nline\n\"\"\"\nenum E {\n  A\n  B @deprecated\n}")]
    [InlineData("directive @d(a: Int) repeatable on FIELD | OBJECT")]
    [InlineData("extend type T implements I @x {\n  f: Int\n}")]
    [InlineData("union U = A | B")]
    [InlineData("input I @oneOf {\n  a: Int\n  b: String = \"x\"\n}")]
    [InlineData("schema {\n  query: Q\n  mutation: M\n}")]
    public void Round_trips_canonical_text(string text)
    {
        Assert.Equal(text, Printer.Print(Parser.Parse(text)));
        var reparsed = Parser.Parse(Printer.Print(Parser.Parse(text)));
        Assert.Equal(text, Printer.Print(reparsed));
    }

    [Fact]
    public void Long_argument_lists_wrap()
    {
        var printed = Printer.Print(Parser.Parse("{ field(argumentNumberOne: \"aaaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbb\") }"));
        Assert.Equal("{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}", printed);
    }

    [Theory] // graphql-js printBlockString cases
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void Prints_block_strings(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
        // Printing then lexing gives the value back.
        var token = new Lexer(new Source(expected)).Advance();
        Assert.Equal(value, token.Value);
    }
}
