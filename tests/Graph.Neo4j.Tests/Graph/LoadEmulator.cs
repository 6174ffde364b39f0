using System.Text.Json;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Tests.Client;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Graph;

/// <summary>
/// Answers the catalogue's load statements the way Neo4j would for their MATCH/MERGE semantics: node loads write
/// every row, relationship loads only rows whose endpoints were loaded before (a MATCH finding nothing drops the
/// row). Enough to tell whether a real graph's rows are complete and ordered, without a database. After the load it
/// answers read/standards.cypher from what was written, projecting REPLACES and the act relations as its RETURN does.
/// </summary>
internal sealed class LoadEmulator
{
    private static readonly CypherCatalogue Cypher = CypherCatalogue.Embedded;
    private readonly Dictionary<string, HashSet<string>> _nodes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<JsonElement>> _written = new(StringComparer.Ordinal);

    public int LoadRequests { get; private set; }

    public FakeResponse Answer(RecordedRequest request)
    {
        if (request.Path.EndsWith("/query/v2/tx")) return Data([], [], "tx1");
        if (request.Path.EndsWith("/commit") || request.Method == "DELETE") return Data([], []);
        var file = CypherFiles.All.FirstOrDefault(f => f != CypherFiles.Schema && Cypher.Text(f).Trim() == request.StatementText);
        if (file == CypherFiles.Load.ReserveVersion || file == CypherFiles.Load.SwitchVersion || file == CypherFiles.Read.CurrentVersion)
            return Data(["version"], [[1]]);
        if (file == CypherFiles.Read.Standards) return Standards();
        if (file is null || !request.Path.EndsWith("/tx/tx1")) return Data([], []);

        LoadRequests++;
        var rows = request.Body!.Value.GetProperty("parameters").GetProperty("rows").EnumerateArray().ToList();
        var written = rows.Where(row => Write(file, row)).Select(row => row.Clone()).ToList();
        if (!_written.TryGetValue(file, out var list)) _written[file] = list = [];
        list.AddRange(written);
        return Data(["written"], [[written.Count]], "tx1");
    }

    private IEnumerable<JsonElement> Written(string file) => _written.GetValueOrDefault(file) ?? [];

    private static object? Value(JsonElement row, string field) => row.TryGetProperty(field, out var v) ? v.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetInt64(),
        JsonValueKind.True or JsonValueKind.False => v.GetBoolean(),
        _ => v,
    } : null;

    /// <summary>read/standards.cypher: the standards written, each with its REPLACES and act relations as map lists.</summary>
    private FakeResponse Standards()
    {
        var acts = Written(CypherFiles.Load.Acts).ToDictionary(a => a.GetProperty("id").GetString()!, StringComparer.Ordinal);
        var relations = new[] { ("REPEALS", CypherFiles.Load.Repeals), ("REPEALED_BY", CypherFiles.Load.RepealedBy), ("NEW_EDITION_OF", CypherFiles.Load.NewEditionOf) }
            .SelectMany(t => Written(t.Item2).Select(r => (Type: t.Item1, Row: r))).ToList();
        string[] fields = ["id", "code", "titleKk", "titleRu", "oked", "version", "approval", "approvedOn", "repealed", "sources", "replaces", "relations"];
        return Data(fields, Written(CypherFiles.Load.Standards).Select(s =>
        {
            var id = s.GetProperty("id").GetString();
            var replaces = Written(CypherFiles.Load.Editions).Where(e => e.GetProperty("from").GetString() == id)
                .Select(e => new { older = Value(e, "to"), evidence = Value(e, "evidence"), source = Value(e, "source"), line = Value(e, "line") }).ToArray();
            var named = relations.Where(r => r.Row.GetProperty("from").GetString() == id).Select(r =>
            {
                var act = acts[r.Row.GetProperty("act").GetString()!];
                return new
                {
                    kind = r.Type, order = Value(act, "number"), date = Value(act, "date"),
                    source = Value(r.Row, "source"), line = Value(r.Row, "line"), position = Value(r.Row, "position"),
                };
            }).Reverse().ToArray(); // pattern comprehensions promise no order: the reader must sort by position
            return fields[..10].Select(f => Value(s, f)).Append(replaces).Append(named).ToArray();
        }).ToArray());
    }

    private bool Write(string file, JsonElement row)
    {
        string Text(string field) => row.GetProperty(field).ValueKind == JsonValueKind.Number
            ? row.GetProperty(field).GetRawText()
            : row.GetProperty(field).GetString()!;
        bool Has(string label, string field) => _nodes.GetValueOrDefault(label)?.Contains(Text(field)) == true;
        bool Add(string label, string field)
        {
            if (!_nodes.TryGetValue(label, out var set)) _nodes[label] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(Text(field));
            return true;
        }

        return file switch
        {
            CypherFiles.Load.Standards => Add("Standard", "id"),
            CypherFiles.Load.Professions => Add("Profession", "id"),
            CypherFiles.Load.ExternalProfessions => Add("ExternalProfession", "id"),
            CypherFiles.Load.QualificationLevels => Add("QualificationLevel", "level"),
            CypherFiles.Load.Skills => Add("Skill", "id"),
            CypherFiles.Load.Knowledge => Add("Knowledge", "id"),
            CypherFiles.Load.OccupationCodes => Add("OccupationCode", "code"),
            CypherFiles.Load.SourceDocuments => Add("SourceDocument", "source"),
            CypherFiles.Load.Acts => Add("Act", "id"),
            CypherFiles.Load.InStandard => Has("Profession", "from") && Has("Standard", "to"),
            CypherFiles.Load.Editions => Has("Standard", "from") && Has("Standard", "to"),
            CypherFiles.Load.Repeals or CypherFiles.Load.RepealedBy or CypherFiles.Load.NewEditionOf => Has("Standard", "from") && Has("Act", "act"),
            CypherFiles.Load.AtLevel => Has("Profession", "from") && Has("QualificationLevel", "level"),
            CypherFiles.Load.HasOccupation => Has("Profession", "from") && Has("OccupationCode", "code"),
            CypherFiles.Load.RequiresSkill => Has("Profession", "from") && Has("Skill", "to"),
            CypherFiles.Load.RequiresKnowledge => Has("Profession", "from") && Has("Knowledge", "to"),
            _ => Has("Profession", "from") && (Has("Profession", "to") || Has("ExternalProfession", "to")),
        };
    }
}
