namespace CareerGraph.Neo4j.Tests.Deployment;

/// <summary>
/// Reads the YAML subset docker-compose.yml uses: block mappings and block sequences by indentation, flow sequences
/// of scalars (<c>["a", "b"]</c>), plain, single- and double-quoted scalars, and # comments. Mappings become
/// <see cref="Dictionary{TKey,TValue}"/>, sequences <see cref="List{T}"/>, scalars strings (an empty value is "").
/// Anything else (anchors, multi-line scalars, flow mappings) is rejected with its line number.
/// </summary>
internal static class MiniYaml
{
    private sealed record Line(int Number, int Indent, string Text);

    public static object Parse(string yaml)
    {
        var lines = yaml.Split('\n')
            .Select((raw, i) => (raw: StripComment(raw.TrimEnd('\r')).TrimEnd(), number: i + 1))
            .Where(l => l.raw.Trim().Length > 0)
            .Select(l => new Line(l.number, l.raw.Length - l.raw.TrimStart().Length, l.raw.Trim()))
            .ToList();
        var position = 0;
        var root = Block(lines, ref position, lines.Count > 0 ? lines[0].Indent : 0);
        if (position < lines.Count) throw Error(lines[position], "unexpected indentation");
        return root;
    }

    private static object Block(List<Line> lines, ref int position, int indent) =>
        lines[position].Text.StartsWith("- ", StringComparison.Ordinal) || lines[position].Text == "-"
            ? Sequence(lines, ref position, indent)
            : Mapping(lines, ref position, indent);

    private static Dictionary<string, object> Mapping(List<Line> lines, ref int position, int indent)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        while (position < lines.Count && lines[position].Indent == indent)
        {
            var line = lines[position];
            var colon = KeyColon(line.Text) ?? throw Error(line, "expected 'key: value'");
            var key = Scalar(line, line.Text[..colon].Trim());
            var rest = line.Text[(colon + 1)..].Trim();
            if (map.ContainsKey(key)) throw Error(line, $"duplicate key '{key}'");
            position++;
            if (rest.Length > 0) map[key] = Value(line, rest);
            else if (position < lines.Count && lines[position].Indent > indent)
                map[key] = Block(lines, ref position, lines[position].Indent);
            else if (position < lines.Count && lines[position].Indent == indent && lines[position].Text.StartsWith("- "))
                map[key] = Sequence(lines, ref position, indent);
            else map[key] = "";
        }
        return map;
    }

    private static List<object> Sequence(List<Line> lines, ref int position, int indent)
    {
        var list = new List<object>();
        while (position < lines.Count && lines[position].Indent == indent && lines[position].Text.StartsWith('-'))
        {
            var line = lines[position];
            var item = line.Text[1..].Trim();
            position++;
            if (KeyColon(item) is not null)
                throw Error(line, "mappings inside sequences are not part of this subset");
            list.Add(item.Length > 0 ? Value(line, item) : Block(lines, ref position, lines[position].Indent));
        }
        return list;
    }

    private static object Value(Line line, string text)
    {
        if (text.StartsWith('['))
        {
            if (!text.EndsWith(']')) throw Error(line, "flow sequence must close on the same line");
            var inner = text[1..^1].Trim();
            return inner.Length == 0 ? new List<object>() : SplitFlow(inner).Select(s => (object)Scalar(line, s.Trim())).ToList();
        }
        if (text.StartsWith('{') || text.StartsWith('&') || text.StartsWith('*') || text is "|" or ">")
            throw Error(line, $"'{text[0]}' is not part of this YAML subset");
        return Scalar(line, text);
    }

    private static string Scalar(Line line, string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"') return text[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\");
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'') return text[1..^1].Replace("''", "'");
        if (text[0] is '"' or '\'') throw Error(line, "unterminated quoted scalar");
        return text;
    }

    /// <summary>The colon that ends a mapping key (outside quotes, followed by a space or the end of the line).</summary>
    private static int? KeyColon(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'' && i == 0) { quote = c; continue; }
            if (c == '[' && i == 0) return null;
            if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' ')) return i;
        }
        return null;
    }

    private static IEnumerable<string> SplitFlow(string inner)
    {
        var start = 0;
        var quote = '\0';
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == ',') { yield return inner[start..i]; start = i + 1; }
        }
        yield return inner[start..];
    }

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '#' && (i == 0 || line[i - 1] == ' ')) return line[..i];
        }
        return line;
    }

    private static FormatException Error(Line line, string message) =>
        new($"docker-compose.yml line {line.Number}: {message}");
}
