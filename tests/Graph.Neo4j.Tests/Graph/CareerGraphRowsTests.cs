using CareerGraph.Careers.Model;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Neo4j.Tests.Graph;

public sealed class CareerGraphRowsTests
{
    private static readonly ItemSource Source = new("ru_weld/1", "ru_weld.md", LineRange.Single(10));

    private static ProfessionGraph Graph() => ProfessionGraph.Create(
        [new StandardNode("std-weld", "ПС-1", "Дәнекерлеу", "Сварка", ["25.11"], "2023", "Приказ №1", false, ["kk_weld.md", "ru_weld.md"])],
        [
            new Profession("weld/1", "Дәнекерлеуші", "Сварщик", 3, "7212", "7212-1-001", "std-weld", ["Электросварщик"], ["kk_weld/1", "ru_weld/1"]),
            new Profession("weld/2", null, "Старший сварщик", 4, "7212", "7212-1-001", "std-weld", [], ["ru_weld/2"]),
            new ExternalProfession("ext:инженер", "Инженер-сварщик", 6, Language.Ru),
        ],
        [
            new RequirementItem("skill:ru:читать чертежи", ItemKind.Skill, Language.Ru, "Читать чертежи", [Source]),
            new RequirementItem("ability:kk:сызба оқу", ItemKind.Ability, Language.Kk, "Сызба оқу", [Source]),
            new RequirementItem("knowledge:ru:охрана труда", ItemKind.Knowledge, Language.Ru, "Охрана труда", [Source]),
            new RequirementItem("function:ru:сварка", ItemKind.LaborFunction, Language.Ru, "Сварка швов", [Source]),
        ],
        [
            new RequirementProfile([
                new RequirementSide(Language.Ru, [3], [0], [], [2]),
                new RequirementSide(Language.Kk, [], [], [1], []),
            ]),
            new RequirementProfile([new RequirementSide(Language.Ru, [3], [0], [], [])]),
            RequirementProfile.Empty,
        ],
        [
            new CareerEdge(0, 1, EdgeKind.LevelLadder, 1.0, false, "ru_weld L120"),
            new CareerEdge(1, 2, EdgeKind.PrintedLink, 1.0, false, "ru_weld L410"),
            new CareerEdge(1, 0, EdgeKind.SkillOverlap, 0.4, true, "skills 1/1"),
        ]);

    [Fact]
    public void Professions_standards_and_external_targets_keep_their_ids_and_fields()
    {
        var rows = CareerGraphRows.From(Graph());

        var welder = rows.Professions[0];
        Assert.Equal(("weld/1", "Дәнекерлеуші", "Сварщик", 3, "7212", "7212-1-001", "std-weld"),
            (welder.Id, welder.TitleKk, welder.TitleRu, welder.Level, welder.GroupCode, welder.OccupationCode, welder.StandardId));
        Assert.Equal(["Электросварщик"], welder.Aliases);
        Assert.Equal(["kk_weld/1", "ru_weld/1"], welder.CardIds);
        Assert.Equal(["weld/1", "weld/2"], rows.Professions.Select(p => p.Id));
        Assert.Equal(new ExternalProfessionRow("ext:инженер", "Инженер-сварщик", 6, "ru"), Assert.Single(rows.ExternalProfessions));
        Assert.Equal("Сварка", Assert.Single(rows.Standards).TitleRu);
        Assert.Equal(["7212-1-001"], rows.OccupationCodes);
        Assert.Equal(Enumerable.Range(1, 8), rows.QualificationLevels.Select(l => l.Level));
    }

    [Fact]
    public void Skills_and_abilities_become_skill_rows_knowledge_knowledge_rows_and_labour_functions_stay_out()
    {
        var rows = CareerGraphRows.From(Graph());

        Assert.Equal(
            [("skill:ru:читать чертежи", "skill", "ru", "weld/1,weld/2"), ("ability:kk:сызба оқу", "ability", "kk", "weld/1")],
            rows.Skills.Select(s => (s.Id, s.Kind, s.Language, string.Join(',', s.ProfessionIds))));
        Assert.Equal(["ru_weld/1"], rows.Skills[0].SourceCardIds);
        Assert.Equal([10, 10], rows.Skills[0].SourceLines);
        var knowledge = Assert.Single(rows.Knowledge);
        Assert.Equal("knowledge", knowledge.Kind);
        Assert.Equal(["weld/1"], knowledge.ProfessionIds);
    }

    [Fact]
    public void Career_edges_carry_type_ids_evidence_confidence_and_the_inferred_flag()
    {
        var rows = CareerGraphRows.From(Graph());

        Assert.Equal(
            [
                new CareerEdgeRow("LEVEL_LADDER", "weld/1", "weld/2", "level_ladder", "ru_weld L120", 1.0, false),
                new CareerEdgeRow("SKILL_OVERLAP", "weld/2", "weld/1", "skill_overlap", "skills 1/1", 0.4, true),
                new CareerEdgeRow("PRINTED_LINK", "weld/2", "ext:инженер", "printed_link", "ru_weld L410", 1.0, false),
            ],
            rows.CareerEdges);
    }
}
