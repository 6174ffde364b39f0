using System.Text.Json;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Tests.Client;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Graph;

/// <summary>
/// Answers the catalogue's load statements the way Neo4j would for their MATCH/MERGE semantics: node loads write
/// every row, relationship loads only rows whose endpoints were loaded before (a MATCH finding nothing drops the
/// row). Enough to tell whether a real graph's rows are complete and ordered, without a database.
/// </summary>
internal sealed class LoadEmulator
{
    private static readonly CypherCatalogue Cypher = CypherCatalogue.Embedded;
    private readonly Dictionary<string, HashSet<string>> _nodes = new(StringComparer.Ordinal);

    public int LoadRequests { get; private set; }

    public FakeResponse Answer(RecordedRequest request)
    {
        if (request.Path.EndsWith("/query/v2/tx")) return Data([], [], "tx1");
        if (request.Path.EndsWith("/commit") || request.Method == "DELETE") return Data([], []);
        var file = CypherFiles.All.FirstOrDefault(f => f != CypherFiles.Schema && Cypher.Text(f).Trim() == request.StatementText);
        if (file == CypherFiles.Load.ReserveVersion || file == CypherFiles.Load.SwitchVersion) return Data(["version"], [[1]]);
        if (file is null || !request.Path.EndsWith("/tx/tx1")) return Data([], []);

        LoadRequests++;
        var rows = request.Body!.Value.GetProperty("parameters").GetProperty("rows").EnumerateArray().ToList();
        return Data(["written"], [[rows.Count(row => Write(file, row))]], "tx1");
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
            CypherFiles.Load.InStandard => Has("Profession", "from") && Has("Standard", "to"),
            CypherFiles.Load.Editions => Has("Standard", "from") && Has("Standard", "to"),
            CypherFiles.Load.AtLevel => Has("Profession", "from") && Has("QualificationLevel", "level"),
            CypherFiles.Load.HasOccupation => Has("Profession", "from") && Has("OccupationCode", "code"),
            CypherFiles.Load.RequiresSkill => Has("Profession", "from") && Has("Skill", "to"),
            CypherFiles.Load.RequiresKnowledge => Has("Profession", "from") && Has("Knowledge", "to"),
            _ => Has("Profession", "from") && (Has("Profession", "to") || Has("ExternalProfession", "to")),
        };
    }
}
