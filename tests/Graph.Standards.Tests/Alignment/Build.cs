namespace CareerGraph.Standards.Tests.Alignment;

using CareerGraph.Standards.Model;

/// <summary>Small documents and cards for tests that do not depend on a parser.</summary>
public static class Build
{
    public static Card Card(
        string source, int seq, int? paragraph, int? level, string? group = null, string? occupation = null,
        int firstLine = 1, IReadOnlyList<ProfessionLink>? links = null, int laborFunctions = 1, int skills = 1) =>
        new(
            Id: $"{Path.GetFileNameWithoutExtension(source)}/{seq}",
            Seq: seq,
            Paragraph: paragraph,
            Title: $"card {seq}",
            NameField: null,
            GroupCode: group,
            OccupationCode: occupation,
            Level: level,
            Sublevel: null,
            TypicalQualification: null,
            Education: "",
            Experience: null,
            OtherNames: [],
            Purpose: "",
            LaborFunctions: [.. Enumerable.Range(1, laborFunctions).Select(n => new LaborFunction(
                LaborFunctionKind.Mandatory, n, $"function {n}",
                [.. Enumerable.Range(1, skills).Select(k => new Skill(k, $"skill {k}", [], [], LineRange.Single(firstLine + 2)))],
                LineRange.Single(firstLine + 1)))],
            Categories: [],
            PersonalCompetencies: [],
            StandardsRefs: [],
            Links: links ?? [],
            Lines: new LineRange(firstLine, firstLine + 10),
            Repairs: []);

    public static StandardDocument Document(
        string source, Language language, IReadOnlyList<Card> cards, string? code = null, string? approval = null,
        string? version = null, IReadOnlyList<string>? oked = null) =>
        new(source, language, DocumentKind.ProfessionalStandard, $"title of {source}", code, oked ?? [], version, approval,
            Repealed: false, cards, Framework: null, Warnings: [], Repairs: []);
}
