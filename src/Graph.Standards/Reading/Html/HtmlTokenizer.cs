namespace CareerGraph.Standards.Reading.Html;

/// <summary>A piece of HTML source: a tag or a run of text, with its character span in the source.</summary>
public abstract record HtmlToken(int Start, int End);

/// <summary>Raw (still entity-encoded) text between tags: <see cref="Span"/> of <paramref name="Source"/>, copied only on request.</summary>
public sealed record HtmlText(string Source, int Start, int End) : HtmlToken(Start, End)
{
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, End - Start);

    public string Raw => Span.ToString();
}

/// <summary>
/// A start or end tag. <see cref="Name"/> is lower case; attribute names are lower case, values as printed
/// (entity-decoded).
/// </summary>
public sealed record HtmlTag(string Name, bool IsEnd, bool SelfClosing, IReadOnlyDictionary<string, string> Attributes, int Start, int End)
    : HtmlToken(Start, End)
{
    public int IntAttribute(string name, int fallback) =>
        Attributes.TryGetValue(name, out var v) && int.TryParse(v.Trim(), out var n) && n > 0 ? n : fallback;
}

/// <summary>
/// A small tolerant HTML tokenizer: enough for the legal database's tables. Anything that does not look like a tag
/// («a &lt; b», a lone «&lt;») stays text; an unterminated tag at the end of input is returned as text, so no input
/// makes it fail. Comments and doctype/processing instructions are skipped.
/// </summary>
public static class HtmlTokenizer
{
    public static IEnumerable<HtmlToken> Tokenize(string source, int start = 0, int end = -1)
    {
        if (end < 0) end = source.Length;
        var textStart = start;
        var i = start;
        while (i < end)
        {
            if (source[i] != '<')
            {
                var open = source.IndexOf('<', i, end - i);
                if (open < 0) break;
                i = open;
            }
            if (i + 1 >= end) break;
            var next = source[i + 1];
            int tagEnd;
            HtmlTag? tag = null;
            if (next == '!' || next == '?')
            {
                tagEnd = SkipMarkup(source, i, end);
            }
            else if (char.IsAsciiLetter(next) || (next == '/' && i + 2 < end && char.IsAsciiLetter(source[i + 2])))
            {
                tagEnd = source.IndexOf('>', i + 1, end - i - 1);
                // A «<» with no closing «>» or another «<» before it is text, not a tag.
                var nextOpen = source.IndexOf('<', i + 1, end - i - 1);
                if (tagEnd < 0 || (nextOpen >= 0 && nextOpen < tagEnd))
                {
                    i++;
                    continue;
                }
                tagEnd++;
                tag = ParseTag(source, i, tagEnd);
            }
            else
            {
                i++;
                continue;
            }

            if (i > textStart) yield return new HtmlText(source, textStart, i);
            if (tag is not null) yield return tag;
            i = tagEnd;
            textStart = i;
        }
        if (end > textStart) yield return new HtmlText(source, textStart, end);
    }

    private static int SkipMarkup(string source, int i, int end)
    {
        if (string.CompareOrdinal(source, i, "<!--", 0, 4) == 0)
        {
            var close = source.IndexOf("-->", i + 4, end - i - 4, StringComparison.Ordinal);
            return close < 0 ? end : close + 3;
        }
        var gt = source.IndexOf('>', i, end - i);
        return gt < 0 ? end : gt + 1;
    }

    private static HtmlTag ParseTag(string source, int start, int end)
    {
        var p = start + 1;
        var isEnd = source[p] == '/';
        if (isEnd) p++;
        var nameStart = p;
        while (p < end && (char.IsAsciiLetterOrDigit(source[p]) || source[p] is '-' or ':')) p++;
        var name = TagName(source.AsSpan(nameStart, p - nameStart));
        Dictionary<string, string>? attributes = null;
        var innerEnd = end - 1; // the «>»
        var selfClosing = innerEnd > p && source[innerEnd - 1] == '/';
        if (selfClosing) innerEnd--;
        while (p < innerEnd)
        {
            while (p < innerEnd && (char.IsWhiteSpace(source[p]) || source[p] == '/')) p++;
            var attrStart = p;
            while (p < innerEnd && !char.IsWhiteSpace(source[p]) && source[p] is not '=' and not '/') p++;
            if (p == attrStart)
            {
                p++;
                continue;
            }
            var attrName = source[attrStart..p].ToLowerInvariant();
            while (p < innerEnd && char.IsWhiteSpace(source[p])) p++;
            var value = "";
            if (p < innerEnd && source[p] == '=')
            {
                p++;
                while (p < innerEnd && char.IsWhiteSpace(source[p])) p++;
                if (p < innerEnd && source[p] is '"' or '\'')
                {
                    var quote = source[p];
                    var close = source.IndexOf(quote, p + 1, innerEnd - p - 1);
                    var valueEnd = close < 0 ? innerEnd : close;
                    value = source[(p + 1)..valueEnd];
                    p = close < 0 ? innerEnd : close + 1;
                }
                else
                {
                    var valueStart = p;
                    while (p < innerEnd && !char.IsWhiteSpace(source[p])) p++;
                    value = source[valueStart..p];
                }
            }
            (attributes ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(attrName, System.Net.WebUtility.HtmlDecode(value));
        }
        return new HtmlTag(name, isEnd, selfClosing, attributes ?? NoAttributes, start, end);
    }

    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>The names the tables are made of, shared rather than one lower-cased copy per tag.</summary>
    private static readonly string[] CommonNames = ["td", "tr", "th", "table", "tbody", "thead", "br", "p", "a", "span", "div", "sup", "b", "i", "strong", "em", "li", "ol", "ul"];

    private static string TagName(ReadOnlySpan<char> printed)
    {
        foreach (var name in CommonNames)
            if (printed.Equals(name, StringComparison.OrdinalIgnoreCase)) return name;
        return printed.ToString().ToLowerInvariant();
    }
}
