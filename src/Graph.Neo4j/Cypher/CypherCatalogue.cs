using System.Reflection;
using System.Text;
using CareerGraph.Neo4j.Client;

namespace CareerGraph.Neo4j.Cypher;

/// <summary>The .cypher files of /cypher, embedded in this assembly and looked up by path (e.g. "load/skills.cypher").</summary>
public sealed class CypherCatalogue
{
    private const string Prefix = "cypher/";
    private readonly IReadOnlyDictionary<string, string> _files;

    public CypherCatalogue(IReadOnlyDictionary<string, string> files) => _files = files;

    public static CypherCatalogue Embedded { get; } = FromAssembly(typeof(CypherCatalogue).Assembly);

    public IReadOnlyCollection<string> Names => _files.Keys.ToList();

    public string Text(string name) =>
        _files.TryGetValue(name, out var text)
            ? text
            : throw new KeyNotFoundException($"No Cypher file '{name}' is embedded; known: {string.Join(", ", _files.Keys.Order())}.");

    /// <summary>The statements of a file that holds several, separated by ';' (the Query API takes one per request).</summary>
    public IReadOnlyList<string> Statements(string name) => CypherScript.Split(Text(name));

    /// <summary>A file that holds exactly one statement, with no parameters yet.</summary>
    public Statement Statement(string name)
    {
        var statements = Statements(name);
        return statements.Count == 1
            ? new Statement(statements[0])
            : throw new InvalidOperationException($"Cypher file '{name}' holds {statements.Count} statements, expected one.");
    }

    private static CypherCatalogue FromAssembly(Assembly assembly)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files[resource[Prefix.Length..]] = reader.ReadToEnd();
        }
        return new CypherCatalogue(files);
    }
}

/// <summary>Splits a Cypher script on the ';' that end statements, ignoring those inside strings, names and comments.</summary>
public static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var meaningful = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                var end = ClosingQuote(script, i);
                current.Append(script, i, end - i + 1);
                i = end;
                meaningful = true;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] is '/' or '*')
            {
                var end = script[i + 1] == '/' ? LineEnd(script, i) : BlockCommentEnd(script, i);
                current.Append(script, i, end - i + 1);
                i = end;
            }
            else if (c == ';')
            {
                if (meaningful) statements.Add(current.ToString().Trim());
                current.Clear();
                meaningful = false;
            }
            else
            {
                current.Append(c);
                meaningful |= !char.IsWhiteSpace(c);
            }
        }
        if (meaningful) statements.Add(current.ToString().Trim());
        return statements;
    }

    private static int ClosingQuote(string s, int start)
    {
        for (var i = start + 1; i < s.Length; i++)
        {
            if (s[i] == '\\' && s[start] != '`') i++;
            else if (s[i] == s[start]) return i;
        }
        return s.Length - 1;
    }

    private static int LineEnd(string s, int start)
    {
        var end = s.IndexOf('\n', start);
        return end < 0 ? s.Length - 1 : end;
    }

    private static int BlockCommentEnd(string s, int start)
    {
        var end = s.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return end < 0 ? s.Length - 1 : end + 1;
    }
}
