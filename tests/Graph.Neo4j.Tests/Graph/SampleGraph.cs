using CareerGraph.Neo4j.Graph;

namespace CareerGraph.Neo4j.Tests.Graph;

/// <summary>A small graph: two standards, five professions, one external link target, shared skills.</summary>
internal static class SampleGraph
{
    public static GraphRows Rows { get; } = new(
        [
            new StandardRow("std-weld", "ПС-1", "Дәнекерлеу", "Сварка", ["25.11"], "2023", "Приказ №1", false, ["kk_weld.md", "ru_weld.md"]),
            new StandardRow("std-it", "ПС-2", "АТ", "ИТ", [], null, null, false, ["ru_it.md"]),
        ],
        [
            new ProfessionRow("weld/1", "Дәнекерлеуші", "Сварщик", 3, "7212", "7212-1-001", "std-weld", ["Электросварщик"], ["kk_weld/1", "ru_weld/1"]),
            new ProfessionRow("weld/2", "Аға дәнекерлеуші", "Старший сварщик", 4, "7212", "7212-1-001", "std-weld", [], ["ru_weld/2"]),
            new ProfessionRow("weld/3", null, "Мастер сварки", 5, "3122", null, "std-weld", [], ["ru_weld/3"]),
            new ProfessionRow("it/1", "Бағдарламашы", "Программист", 5, "2512", "2512-0-001", "std-it", [], ["ru_it/1"]),
            new ProfessionRow("it/2", null, "Тестировщик", 4, "2519", "2519-0-001", "std-it", [], ["ru_it/2"]),
        ],
        [new ExternalProfessionRow("ext:инженер-сварщик", "Инженер-сварщик", 6, "ru")],
        Enumerable.Range(1, 8).Select(l => new QualificationLevelRow(l, [], [], [], [], [], [], [], [])).ToList(),
        [
            new ItemRow("skill:ru:читать чертежи", "Читать чертежи", "skill", "ru", ["ru_weld/1"], ["ru_weld.md"], [40, 41], ["weld/1", "weld/2", "weld/3"]),
            new ItemRow("ability:ru:писать тесты", "Писать тесты", "ability", "ru", ["ru_it/1"], ["ru_it.md"], [12, 12], ["it/1", "it/2"]),
        ],
        [new ItemRow("knowledge:ru:охрана труда", "Охрана труда", "knowledge", "ru", ["ru_weld/1", "ru_it/2"], ["ru_weld.md", "ru_it.md"], [50, 50, 70, 71], ["weld/1", "it/2"])],
        [
            new CareerEdgeRow("LEVEL_LADDER", "weld/1", "weld/2", "ladder", "ru_weld L120", 1.0, false),
            new CareerEdgeRow("PRINTED_LINK", "weld/3", "ext:инженер-сварщик", "printed", "ru_weld L410", 1.0, false),
            new CareerEdgeRow("SKILL_OVERLAP", "it/2", "it/1", "overlap", "skills 1/2", 0.5, true),
        ]);
}
