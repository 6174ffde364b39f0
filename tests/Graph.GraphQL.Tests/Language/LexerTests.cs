using CareerGraph.GraphQL;
using CareerGraph.GraphQL.Language;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static GraphQLError LexError(string text) => Assert.Throws<GraphQLSyntaxException>(() =>
    {
        var lexer = new Lexer(new Source(text));
        while (lexer.Advance().Kind != TokenKind.EndOfFile) { }
    }).Error;

    [Fact] // §2.1.1 UnicodeBOM and §2.1.2 WhiteSpace, §2.1.5 Insignificant commas, §2.1.4 comments are ignored
    public void Skips_ignored_tokens_and_tracks_line_and_column()
    {
        var token = Lex("\uFEFF ,, \t# comment\r\n\n   foo");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal(3, token.Line);
        Assert.Equal(4, token.Column);
    }

    [Theory] // §2.9.4 StringValue escapes, incl. 2021 variable-width \u{...} and surrogate pairs
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\/ back \\\\\"", "quote \" slash / back \\")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"\\u00e9\"", "é")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"unicode ☺ literal\"", "unicode ☺ literal")]
    public void Decodes_string_escapes(string source, string expected)
    {
        var token = Lex(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"open", "Syntax Error: Unterminated string.")]
    [InlineData("\"line\nbreak\"", "Syntax Error: Unterminated string.")]
    [InlineData("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".")]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    public void Rejects_bad_tokens_with_spec_worded_errors(string source, string message)
    {
        Assert.Equal(message, LexError(source).Message);
    }

    [Fact]
    public void Errors_carry_line_and_column_of_the_problem()
    {
        var error = LexError("{\n  field(arg: \"bad \\q\")\n}");
        Assert.Equal(new SourceLocation(2, 19), Assert.Single(error.Locations!));
    }

    [Theory] // §2.9.1 IntValue / §2.9.2 FloatValue
    [InlineData("0", TokenKind.Int)]
    [InlineData("-12", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("-1.5e+10", TokenKind.Float)]
    [InlineData("2E3", TokenKind.Float)]
    public void Reads_numbers(string source, TokenKind kind)
    {
        var token = Lex(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Fact] // §2.9.4 BlockStringValue(): common indent removed, blank first/last lines dropped, \""" unescaped
    public void Block_string_is_dedented_per_spec()
    {
        var token = Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      \\\"\"\" GraphQL.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  \"\"\" GraphQL.", token.Value);
    }

    [Fact]
    public void Block_string_keeps_first_line_indent_and_counts_lines()
    {
        var lexer = new Lexer(new Source("\"\"\"  first\n   second\"\"\" after"));
        var block = lexer.Advance();
        Assert.Equal("  first\nsecond", block.Value);
        var after = lexer.Advance();
        Assert.Equal(2, after.Line);
        Assert.Equal(14, after.Column);
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        var lexer = new Lexer(new Source("! $ & ( ) ... : = @ [ ] { | }"));
        var kinds = new List<TokenKind>();
        for (var t = lexer.Advance(); t.Kind != TokenKind.EndOfFile; t = lexer.Advance()) kinds.Add(t.Kind);
        Assert.Equal([TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
            TokenKind.Pipe, TokenKind.BraceR], kinds);
    }
}
