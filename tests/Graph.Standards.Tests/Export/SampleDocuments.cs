namespace CareerGraph.Standards.Tests.Export;

using CareerGraph.Standards.Model;

/// <summary>
/// A professional-standard document with every card field filled, shaped like kk reference-info ¶9 (L139–899), so
/// the export of cards is exercised before the card parser exists.
/// </summary>
internal static class SampleDocuments
{
    public static StandardDocument Standard()
    {
        var skill = new Skill(1, "Қоңырауларды қабылдау",
            [new TextItem("қоңырауды қабылдау", new LineRange(170, 170)), new TextItem("«сұрақ» жазу", new LineRange(171, 172))],
            [new TextItem("сөйлеу мәдениеті", new LineRange(175, 175))],
            new LineRange(165, 176));
        var card = new Card(
            Id: "kk_reference-information-services_2025/1", Seq: 1, Paragraph: 9,
            Title: "Call-орталық қызметкері", NameField: null, GroupCode: "4224-5", OccupationCode: "4224-5-003",
            Level: 3, Sublevel: null, TypicalQualification: "БА 5-параграф", Education: "Техникалық және кәсіптік білім",
            Experience: null,
            OtherNames: [new OtherName("4224-5-001", "Байланыс орталығының операторы", new LineRange(160, 160)), new OtherName(null, "Оператор", new LineRange(161, 161))],
            Purpose: "Тұтынушыларға ақпарат беру",
            LaborFunctions:
            [
                new LaborFunction(LaborFunctionKind.Mandatory, 1, "Кіріс қоңырауларын өңдеу", [skill], new LineRange(163, 300)),
                new LaborFunction(LaborFunctionKind.Additional, 1, "Тәлімгерлік", [], new LineRange(301, 310)),
            ],
            Categories: [new CategoryBlock("Мансаптық кеңесші", "3 жыл", [new TextItem("кеңес беру", new LineRange(320, 320))], new LineRange(318, 321))],
            PersonalCompetencies: [new TextItem("Жауапкершілік", new LineRange(870, 870))],
            StandardsRefs: [],
            Links: [new ProfessionLink(4, "4224-5-003", "Байланыс орталығының операторы", new LineRange(881, 883))],
            Lines: new LineRange(139, 899),
            Repairs: [new Repair("level", "ru_reference-information-services_2025.txt", "lost header")]);
        return new StandardDocument(
            Source: "kk_reference-information-services_2025.txt", Language: Language.Kk,
            Kind: DocumentKind.ProfessionalStandard, Title: "Анықтамалық-ақпараттық қызметтердің қызметі",
            Code: null, Oked: ["J", "62", "62.0", "62.02", "62.02.0"], Version: "Нұсқа 1, 2025 г",
            Approval: "№ 394/НҚ, 30.07.2025", Repealed: false, Cards: [card], Framework: null,
            Warnings: [new SourceWarning(6661, "code «11329-1-050» kept as printed")], Repairs: []);
    }
}
