namespace CareerGraph.Standards.Reading.Pdf;

/// <summary>What a card label introduces; the parser has its own catalogue for every language, this one is the ru subset the PDF repairs need.</summary>
internal enum LabelKind
{
    GroupCode, OccupationCode, Name, Level, Sublevel, TypicalQualification, Education, EducationLevel, Speciality,
    Qualification, Experience, NonFormalEducation, OtherNames, Purpose, LaborFunctionList, MandatoryFunctions,
    AdditionalFunctions, LaborFunctionSection, LaborFunction, AdditionalLaborFunction, Skill, Abilities, Knowledge,
    Recognition, PersonalCompetencies, Standards, Links, LinkLevelColumn,
}

/// <summary>A printed card label; <see cref="Numbered"/> labels carry a number after the words («Навык 3:»).</summary>
internal sealed record CardLabel(LabelKind Kind, string Printed, bool Numbered = false)
{
    /// <summary>Whitespace-free, lower-case, colon-less form, the only form that survives PDF column wrapping.</summary>
    public string Key { get; } = LabelKeys.Flatten(Printed);

    public string Render(int? number) => Numbered ? $"{Printed} {number}:" : $"{Printed}:";
}

internal static class LabelKeys
{
    public static string Flatten(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c == 'ё' || c == 'Ё' ? 'е' : char.ToLowerInvariant(c)).ToArray());
}

internal static class RuCardLabels
{
    /// <summary>Longest first, so «Уровень квалификации по ОРК» wins over «Уровень образования» prefixes.</summary>
    public static IReadOnlyList<CardLabel> All { get; } = new CardLabel[]
    {
        new(LabelKind.GroupCode, "Код группы"),
        new(LabelKind.OccupationCode, "Код наименования занятия"),
        new(LabelKind.Name, "Наименование профессии"),
        new(LabelKind.Level, "Уровень квалификации по ОРК"),
        new(LabelKind.Sublevel, "Подуровень квалификации по ОРК"),
        new(LabelKind.TypicalQualification, "Уровень квалификации по ЕТКС, КС, типовых квалификационных характеристик"),
        new(LabelKind.Education, "Уровень профессионального образования"),
        new(LabelKind.EducationLevel, "Уровень образования"),
        new(LabelKind.Speciality, "Специальность"),
        new(LabelKind.Qualification, "Квалификация"),
        new(LabelKind.Experience, "Требования к опыту работы"),
        new(LabelKind.NonFormalEducation, "Связь с неформальным и информальным образованием"),
        new(LabelKind.OtherNames, "Другие возможные наименования профессий"),
        new(LabelKind.OtherNames, "Другие возможные наименования профессии"),
        new(LabelKind.Purpose, "Основная цель деятельности"),
        new(LabelKind.LaborFunctionList, "Перечень трудовых функций"),
        new(LabelKind.MandatoryFunctions, "Обязательные трудовые функции"),
        new(LabelKind.AdditionalFunctions, "Дополнительные трудовые функции"),
        new(LabelKind.LaborFunctionSection, "Описание трудовых функций"),
        new(LabelKind.LaborFunction, "Трудовая функция", Numbered: true),
        new(LabelKind.AdditionalLaborFunction, "Дополнительная трудовая функция", Numbered: true),
        new(LabelKind.Skill, "Навык", Numbered: true),
        new(LabelKind.Abilities, "Умения"),
        new(LabelKind.Abilities, "Умение"),
        new(LabelKind.Knowledge, "Знания"),
        new(LabelKind.Recognition, "Возможность признания навыка"),
        new(LabelKind.PersonalCompetencies, "Требования к личностным компетенциям"),
        new(LabelKind.Standards, "Список технических регламентов и национальных стандартов"),
        new(LabelKind.Links, "Связь с другими профессиями в рамках ОРК"),
        new(LabelKind.LinkLevelColumn, "Уровень ОРК"),
    }.OrderByDescending(l => l.Key.Length).ToArray();
}
