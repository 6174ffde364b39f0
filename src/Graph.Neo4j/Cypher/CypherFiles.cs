namespace CareerGraph.Neo4j.Cypher;

/// <summary>Names of the statement files in /cypher that the system runs (explore/ holds Browser-only queries).</summary>
public static class CypherFiles
{
    public const string Schema = "schema.cypher";

    public static class Load
    {
        public const string ReserveVersion = "load/reserve-version.cypher";
        public const string SwitchVersion = "load/switch-version.cypher";
        public const string DeleteOldVersions = "load/delete-old-versions.cypher";
        public const string DeleteVersion = "load/delete-version.cypher";

        public const string Standards = "load/standards.cypher";
        public const string Editions = "load/editions.cypher";
        public const string Acts = "load/acts.cypher";
        public const string Repeals = "load/repeals.cypher";
        public const string RepealedBy = "load/repealed-by.cypher";
        public const string NewEditionOf = "load/new-edition-of.cypher";
        public const string Professions = "load/professions.cypher";
        public const string ExternalProfessions = "load/external-professions.cypher";
        public const string QualificationLevels = "load/qualification-levels.cypher";
        public const string Skills = "load/skills.cypher";
        public const string Knowledge = "load/knowledge.cypher";
        public const string OccupationCodes = "load/occupation-codes.cypher";
        public const string SourceDocuments = "load/source-documents.cypher";

        public const string InStandard = "load/in-standard.cypher";
        public const string AtLevel = "load/at-level.cypher";
        public const string HasOccupation = "load/has-occupation.cypher";
        public const string RequiresSkill = "load/requires-skill.cypher";
        public const string RequiresKnowledge = "load/requires-knowledge.cypher";

        public const string PrintedLink = "load/printed-link.cypher";
        public const string LevelLadder = "load/level-ladder.cypher";
        public const string SameOccupation = "load/same-occupation.cypher";
        public const string SkillOverlap = "load/skill-overlap.cypher";

        /// <summary>The load statement for each career relationship type.</summary>
        public static string CareerEdges(string relationshipType) => relationshipType switch
        {
            "PRINTED_LINK" => PrintedLink,
            "LEVEL_LADDER" => LevelLadder,
            "SAME_OCCUPATION" => SameOccupation,
            "SKILL_OVERLAP" => SkillOverlap,
            _ => throw new ArgumentException($"Unknown career relationship type '{relationshipType}'.", nameof(relationshipType)),
        };

        /// <summary>The load statement for each printed relation to an act (the relationship type).</summary>
        public static string ActRelations(string relationshipType) => relationshipType switch
        {
            "REPEALS" => Repeals,
            "REPEALED_BY" => RepealedBy,
            "NEW_EDITION_OF" => NewEditionOf,
            _ => throw new ArgumentException($"Unknown act relationship type '{relationshipType}'.", nameof(relationshipType)),
        };
    }

    public static class Read
    {
        public const string CurrentVersion = "read/current-version.cypher";
        public const string Standards = "read/standards.cypher";
        public const string Professions = "read/professions.cypher";
        public const string ExternalProfessions = "read/external-professions.cypher";
        public const string QualificationLevels = "read/qualification-levels.cypher";
        public const string Items = "read/items.cypher";
        public const string CareerEdges = "read/career-edges.cypher";
        public const string SourceDocuments = "read/source-documents.cypher";
    }

    /// <summary>Every file above: the catalogue test checks each exists and that no other non-explore file does.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(CypherFiles).GetNestedTypes()
        .Prepend(typeof(CypherFiles))
        .SelectMany(t => t.GetFields())
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
