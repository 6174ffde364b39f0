using System.Text;

namespace CareerGraph.GraphQL.Language;

/// <summary>Block string algorithms: the spec's BlockStringValue dedent (§2.9.4) and printing back.</summary>
public static class BlockString
{
    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static string[] SplitLines(string value) => value.ReplaceLineEndings("\n").Split('\n');

    /// <summary>Spec BlockStringValue(rawValue): remove common indentation and blank leading/trailing lines.</summary>
    public static string DedentValue(string raw)
    {
        var lines = SplitLines(raw);
        int? commonIndent = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = 0;
            while (indent < line.Length && IsWhiteSpace(line[indent])) indent++;
            if (indent < line.Length && (commonIndent is null || indent < commonIndent)) commonIndent = indent;
        }
        if (commonIndent is { } common)
            for (var i = 1; i < lines.Length; i++)
                lines[i] = lines[i].Length < common ? "" : lines[i][common..];

        int first = 0, last = lines.Length - 1;
        while (first <= last && lines[first].All(IsWhiteSpace)) first++;
        while (last >= first && lines[last].All(IsWhiteSpace)) last--;
        return first > last ? "" : string.Join('\n', lines[first..(last + 1)]);
    }

    /// <summary>Whether a string value survives a round trip through block string syntax unchanged.</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0) return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\0' or '\x01' or '\x02' or '\x03' or '\x04' or '\x05' or '\x06' or '\x07' or '\x08' or '\x0B' or '\x0C'
                    or '\x0E' or '\x0F' or '\x10' or '\x11' or '\x12' or '\x13' or '\x14' or '\x15' or '\x16' or '\x17'
                    or '\x18' or '\x19' or '\x1A' or '\x1B' or '\x1C' or '\x1D' or '\x1E' or '\x1F':
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }

    /// <summary>Prints a value as a block string (graphql-js printBlockString layout).</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline) result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }
}
