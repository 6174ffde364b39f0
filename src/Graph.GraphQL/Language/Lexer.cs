using System.Globalization;
using System.Text;

namespace CareerGraph.GraphQL.Language;

public enum TokenKind
{
    StartOfFile, EndOfFile, Bang, Dollar, Amp, ParenL, ParenR, Spread, Colon, Equals, At, BracketL, BracketR,
    BraceL, Pipe, BraceR, Name, Int, Float, String, BlockString,
}

/// <summary>One lexical token; Value holds the name, number text or the decoded string value.</summary>
public sealed record Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>", TokenKind.EndOfFile => "<EOF>", TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"", TokenKind.Amp => "\"&\"", TokenKind.ParenL => "\"(\"", TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"", TokenKind.Colon => "\":\"", TokenKind.Equals => "\"=\"", TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"", TokenKind.BracketR => "\"]\"", TokenKind.BraceL => "\"{\"", TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"", TokenKind.Name => "Name", TokenKind.Int => "Int", TokenKind.Float => "Float",
        TokenKind.String => "String", TokenKind.BlockString => "BlockString", _ => kind.ToString(),
    };

    public string Description => Value is null ? Describe(Kind) : $"{Describe(Kind)} \"{Value}\"";
}

/// <summary>
/// Spec §2.1 lexer: produces significant tokens, skipping ignored tokens (BOM, white space, line terminators,
/// comments, commas). Errors are GraphQLSyntaxException with the spec error shape.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Source Source { get; }
    public Token Token { get; private set; }
    public int TokenCount { get; private set; }

    public Token Advance()
    {
        Token = ReadToken();
        if (Token.Kind != TokenKind.EndOfFile) TokenCount++;
        return Token;
    }

    /// <summary>Peeks the next token without consuming it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        var next = ReadToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return next;
    }

    public GraphQLSyntaxException Error(int position, string description)
    {
        var location = Source.GetLocation(position);
        return new GraphQLSyntaxException(new GraphQLError("Syntax Error: " + description, [location]));
    }

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token ReadToken()
    {
        var body = _body;
        while (_position < body.Length)
        {
            var start = _position;
            var c = body[_position];
            switch (c)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    continue;
                case '\n':
                    _position++;
                    _line++;
                    _lineStart = _position;
                    continue;
                case '\r':
                    _position += _position + 1 < body.Length && body[_position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = _position;
                    continue;
                case '#':
                    SkipComment();
                    continue;
                case '!': _position++; return Make(TokenKind.Bang, start, _position);
                case '$': _position++; return Make(TokenKind.Dollar, start, _position);
                case '&': _position++; return Make(TokenKind.Amp, start, _position);
                case '(': _position++; return Make(TokenKind.ParenL, start, _position);
                case ')': _position++; return Make(TokenKind.ParenR, start, _position);
                case '.':
                    if (_position + 2 < body.Length && body[_position + 1] == '.' && body[_position + 2] == '.')
                    {
                        _position += 3;
                        return Make(TokenKind.Spread, start, _position);
                    }
                    break;
                case ':': _position++; return Make(TokenKind.Colon, start, _position);
                case '=': _position++; return Make(TokenKind.Equals, start, _position);
                case '@': _position++; return Make(TokenKind.At, start, _position);
                case '[': _position++; return Make(TokenKind.BracketL, start, _position);
                case ']': _position++; return Make(TokenKind.BracketR, start, _position);
                case '{': _position++; return Make(TokenKind.BraceL, start, _position);
                case '|': _position++; return Make(TokenKind.Pipe, start, _position);
                case '}': _position++; return Make(TokenKind.BraceR, start, _position);
                case '"':
                    if (_position + 2 < body.Length && body[_position + 1] == '"' && body[_position + 2] == '"')
                        return ReadBlockString(start);
                    return ReadString(start);
            }

            if (c is '-' || char.IsAsciiDigit(c)) return ReadNumber(start);
            if (IsNameStart(c)) return ReadName(start);
            throw Error(start, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValueAt(start) ? $"Unexpected character: {PrintCodePointAt(start)}." : $"Invalid character: {PrintCodePointAt(start)}.");
        }

        return new Token(TokenKind.EndOfFile, body.Length, body.Length, _line, body.Length - _lineStart + 1, null);
    }

    private void SkipComment()
    {
        while (_position < _body.Length && _body[_position] is not ('\n' or '\r')) _position++;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private Token ReadName(int start)
    {
        var end = start + 1;
        while (end < _body.Length && IsNameContinue(_body[end])) end++;
        _position = end;
        return Make(TokenKind.Name, start, end, _body[start..end]);
    }

    // Spec §2.9.1/§2.9.2: IntValue and FloatValue must not be followed by a NameStart or '.'.
    private Token ReadNumber(int start)
    {
        var body = _body;
        var pos = start;
        var isFloat = false;
        if (body[pos] == '-') pos++;
        if (pos < body.Length && body[pos] == '0')
        {
            pos++;
            if (pos < body.Length && char.IsAsciiDigit(body[pos]))
                throw Error(pos, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(pos)}.");
        }
        else pos = ReadDigits(pos);

        if (pos < body.Length && body[pos] == '.')
        {
            isFloat = true;
            pos = ReadDigits(pos + 1);
        }
        if (pos < body.Length && body[pos] is 'e' or 'E')
        {
            isFloat = true;
            pos++;
            if (pos < body.Length && body[pos] is '+' or '-') pos++;
            pos = ReadDigits(pos);
        }
        if (pos < body.Length && (body[pos] == '.' || IsNameStart(body[pos])))
            throw Error(pos, $"Invalid number, expected digit but got: {PrintCodePointAt(pos)}.");
        _position = pos;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, pos, body[start..pos]);
    }

    private int ReadDigits(int pos)
    {
        if (pos >= _body.Length || !char.IsAsciiDigit(_body[pos]))
            throw Error(pos, $"Invalid number, expected digit but got: {PrintCodePointAt(pos)}.");
        while (pos < _body.Length && char.IsAsciiDigit(_body[pos])) pos++;
        return pos;
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var pos = start + 1;
        var chunkStart = pos;
        var value = new StringBuilder();
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"')
            {
                value.Append(body, chunkStart, pos - chunkStart);
                _position = pos + 1;
                return Make(TokenKind.String, start, _position, value.ToString());
            }
            if (c == '\\')
            {
                value.Append(body, chunkStart, pos - chunkStart);
                pos = ReadEscape(pos, value);
                chunkStart = pos;
                continue;
            }
            if (c is '\n' or '\r') break;
            if (IsSourceCharacterAt(pos, out var width)) { pos += width; continue; }
            throw Error(pos, $"Invalid character within String: {PrintCodePointAt(pos)}.");
        }
        throw Error(pos, "Unterminated string.");
    }

    private int ReadEscape(int pos, StringBuilder value)
    {
        var body = _body;
        if (pos + 1 >= body.Length) throw Error(pos, "Unterminated string.");
        var c = body[pos + 1];
        switch (c)
        {
            case '"': value.Append('"'); return pos + 2;
            case '\\': value.Append('\\'); return pos + 2;
            case '/': value.Append('/'); return pos + 2;
            case 'b': value.Append('\b'); return pos + 2;
            case 'f': value.Append('\f'); return pos + 2;
            case 'n': value.Append('\n'); return pos + 2;
            case 'r': value.Append('\r'); return pos + 2;
            case 't': value.Append('\t'); return pos + 2;
            case 'u':
                return body.Length > pos + 2 && body[pos + 2] == '{'
                    ? ReadVariableWidthUnicodeEscape(pos, value)
                    : ReadFixedWidthUnicodeEscape(pos, value);
        }
        throw Error(pos, $"Invalid character escape sequence: \"{body.Substring(pos, 2)}\".");
    }

    // \u{XXXXXX}: any Unicode scalar value (spec 2021: EscapedUnicode :: { HexDigit+ }).
    private int ReadVariableWidthUnicodeEscape(int pos, StringBuilder value)
    {
        var body = _body;
        var point = 0;
        var size = 3;
        while (size < 12 && pos + size < body.Length)
        {
            var c = body[pos + size++];
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalar(point)) break;
                value.Append(char.ConvertFromUtf32(point));
                return pos + size;
            }
            var digit = HexValue(c);
            point = digit < 0 ? -1 : (point << 4) | digit;
            if (point < 0) break;
        }
        var end = Math.Min(pos + size, body.Length);
        throw Error(pos, $"Invalid Unicode escape sequence: \"{body[pos..end]}\".");
    }

    // \uXXXX: a surrogate pair written as two escapes forms one code point; lone surrogates are invalid.
    private int ReadFixedWidthUnicodeEscape(int pos, StringBuilder value)
    {
        var body = _body;
        var code = Read4Hex(pos + 2);
        if (code >= 0 && IsUnicodeScalar(code))
        {
            value.Append((char)code);
            return pos + 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && pos + 7 < body.Length && body[pos + 6] == '\\' && body[pos + 7] == 'u')
        {
            var trail = Read4Hex(pos + 8);
            if (trail is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trail);
                return pos + 12;
            }
        }
        var end = Math.Min(pos + 6, body.Length);
        throw Error(pos, $"Invalid Unicode escape sequence: \"{body[pos..end]}\".");
    }

    private int Read4Hex(int pos)
    {
        if (pos + 4 > _body.Length) return -1;
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(_body[pos + i]);
            if (digit < 0) return -1;
            result = (result << 4) | digit;
        }
        return result;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalar(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var pos = start + 3;
        var chunkStart = pos;
        var raw = new StringBuilder();
        int startLine = _line, startColumn = start - _lineStart + 1;
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"' && pos + 2 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"')
            {
                raw.Append(body, chunkStart, pos - chunkStart);
                _position = pos + 3;
                return new Token(TokenKind.BlockString, start, _position, startLine, startColumn,
                    BlockString.DedentValue(raw.ToString()));
            }
            if (c == '\\' && pos + 3 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"' && body[pos + 3] == '"')
            {
                raw.Append(body, chunkStart, pos - chunkStart).Append("\"\"\"");
                pos += 4;
                chunkStart = pos;
                continue;
            }
            if (c is '\n' or '\r')
            {
                pos += c == '\r' && pos + 1 < body.Length && body[pos + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = pos;
                continue;
            }
            if (IsSourceCharacterAt(pos, out var width)) { pos += width; continue; }
            throw Error(pos, $"Invalid character within String: {PrintCodePointAt(pos)}.");
        }
        throw Error(pos, "Unterminated string.");
    }

    // SourceCharacter (2021): any Unicode scalar value except control characters other than tab.
    private bool IsSourceCharacterAt(int pos, out int width)
    {
        var c = _body[pos];
        width = 1;
        if (c < 0x20 && c != '\t') return false;
        if (char.IsHighSurrogate(c))
        {
            if (pos + 1 < _body.Length && char.IsLowSurrogate(_body[pos + 1])) { width = 2; return true; }
            return false;
        }
        return !char.IsLowSurrogate(c);
    }

    private bool IsUnicodeScalarValueAt(int pos)
    {
        var c = _body[pos];
        if (char.IsHighSurrogate(c)) return pos + 1 < _body.Length && char.IsLowSurrogate(_body[pos + 1]);
        return !char.IsLowSurrogate(c);
    }

    private string PrintCodePointAt(int pos)
    {
        if (pos >= _body.Length) return "<EOF>";
        var c = _body[pos];
        if (c is >= ' ' and <= '~') return c == '"' ? "'\"'" : $"\"{c}\"";
        int code = char.IsHighSurrogate(c) && pos + 1 < _body.Length && char.IsLowSurrogate(_body[pos + 1])
            ? char.ConvertToUtf32(c, _body[pos + 1]) : c;
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
