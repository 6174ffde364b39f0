namespace CareerGraph.Standards.Parsing;

using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Text;

/// <summary>What a printed label announces.</summary>
public enum LabelKind
{
    CardHeading, Chapter,
    GroupCode, OccupationCode, Name, Level, Sublevel, TypicalQualification, Education, Experience, NonFormal,
    OtherNames, Purpose,
    LfDescription, LfList, MandatoryList, AdditionalList, LfHeading, SkillHeading,
    Abilities, Knowledge, Recognition, Category,
    PersonalCompetencies, Standards, Links, LinkLevelColumn,
    /// <summary>«Уровень образования», «Специальность», «Квалификация»: columns inside the education cell, read as its text.</summary>
    EducationPart,
    /// <summary>2019–2022 template: «Связь с КС» / «БА-мен байланыс» / «Біліктілік байланысы», the handbook job names and the handbook.</summary>
    Handbook,
    /// <summary>2019–2022 template: «Условия (содержания и качества) труда» / «Еңбек жағдайлары (мазмұны мен сапасы)».</summary>
    WorkConditions,
}

/// <summary>
/// A label in its printed wording, for a reader that must rebuild labels from damaged text (the PDF reader matches
/// <see cref="Key"/> on letter-spaced, column-wrapped or page-cut text and writes <see cref="Render"/> back).
/// <see cref="Numbered"/> labels carry a number after the words («Навык 3:»).
/// </summary>
public sealed record PrintedLabel(LabelKind Kind, string Text, bool Numbered = false, bool Additional = false)
{
    /// <summary>Whitespace-free, lower-case, «ё» as «е»: the only form that survives PDF column wrapping.</summary>
    public string Key { get; } = Flatten(Text);

    public string Render(int? number) => Numbered ? $"{Text} {number}:" : $"{Text}:";

    public static string Flatten(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(c)).ToArray());
}

/// <summary>
/// A label found at the start of a logical line. <see cref="Rest"/> is the printed text after it (its value when a
/// row was flattened); <see cref="Number"/> is the LF/skill/¶/chapter number; <see cref="Name"/> the category name.
/// </summary>
public sealed record LabelHit(LabelKind Kind, string Rest, int? Number = null, bool Additional = false, string? Name = null);

/// <summary>
/// The label catalogue: every printed variant of the card labels (guide §1.2, §3.2) in kk and ru, matched on the
/// whitespace-free, lower-case key so that spacing, doubled or missing colons and PDF letter-spacing do not matter.
/// </summary>
public static class Labels
{
    /// <summary><see cref="Number"/>: the number an unnumbered heading stands for (the cards chapter is chapter 3).</summary>
    private sealed record Pattern(LabelKind Kind, Regex Regex, string Source, int? Number = null);

    private const string Tail = @"(?:[:.;]+|$)";
    // Kazakh puts the grade first: «4-разрядқа арналған машықтар» (216979 kaz/an001.md L312).
    private const string KkGrade = @"(?<n>\d{1,2})-?разрядқаарналған";
    // The first item can follow a grade label on its line («Умения для 5 разряда 1. Обслуживать …», kk «5-разрядқа арналған
    // машықтар 1. Торда …», 216979 kaz/an004.md L306).
    private const string ItemFollows = @"(?=\d{1,2}[.)])";
    private const string GradeOrTail = @"(?:для(?<n>\d{1,2})(?:-?го)?разряда(?:[:.;]+|$|" + ItemFollows + ")|" + Tail
        + @"|(?<=разрядқаарналған\p{L}+)" + ItemFollows + ")";
    // Kazakh ordinals after a number: «1-ші қосымша еңбек функциясы:» (192873 kaz/an012.md L261), «6-шы».
    private const string Ordinal = "(?:ші|шы)?";

    private static Pattern P(LabelKind kind, string regex, int? number = null) =>
        new(kind, new Regex("^" + regex, RegexOptions.CultureInvariant | RegexOptions.Compiled), regex, number);

    // Order matters where one key is a prefix of another (sub-level before level, LF list before LF headings).
    private static readonly Pattern[] CardPatterns =
    [
        // Only a heading: «3-ші тарау. Кәсіптер…», «Глава 4»; not a sentence that mentions a chapter («4-тарауда …»).
        P(LabelKind.Chapter, @"#*(?<n>\d)-?(?:ші|шы)?тарау(?:[.:]|$|(?=кәсіп|жалпы))"),
        P(LabelKind.Chapter, @"#*глава(?<n>\d)(?!\d)"),
        // «Глава III», «Раздел 3», «3-бөлім»: the other ways a chapter is numbered (Roman numerals in Latin or Cyrillic
        // letters; the key folds Latin «i» after Cyrillic to «і»).
        P(LabelKind.Chapter, @"#*глава(?<r>[iі]{1,3}|[iі]v|v)(?=[.:]|$|[^\p{L}\d])"),
        P(LabelKind.Chapter, @"#*раздел(?<n>\d)(?:[.:]|$)"),
        P(LabelKind.Chapter, @"#*(?<r>[iі]{1,3}|[iі]v|v)-?(?:ші|шы)?тарау(?:[.:]|$|(?=кәсіп|жалпы))"),
        P(LabelKind.Chapter, @"#*(?<n>\d)-?бөлім(?:[.:]|$|(?=кәсіп|жалпы))"),
        // The cards chapter printed without its number, a heading line of its own («#### Кәсіптердің карточкалары»,
        // 196806 kaz.md L178); the passport's «Кәсіптер карточкаларының тізбесі» is a longer key and does not match.
        P(LabelKind.Chapter, @"#*""?(?:кәсіптердіңкарточкалары|кәсіптеркарточкалары|карточкипрофессий)""?[.:]?$", number: 3),
        P(LabelKind.GroupCode, @"(?:топтыңкоды|топкоды|кодгруппы)" + Tail),
        P(LabelKind.OccupationCode, @"(?:қызметатауыныңкоды|кәсіпатауыныңкоды|қызметтератауыныңкоды|қызметтератауларыныңкоды|сабақатауыныңкоды|коднаименованиязанятия)" + Tail),
        // 2019–2022 template: one full occupation code, no group code; some 2025 cards print it as «Код:» alone.
        P(LabelKind.OccupationCode, @"(?:кодпрофессии|кәсіпкоды|кәсіптіңкоды|код|коды)" + Tail),
        P(LabelKind.Sublevel, @"(?:сбшбойыншабіліктілік(?:тің)?ішкідеңгейі|сбшбіліктілігініңішкідеңгейі|сбшбіліктілікішкідеңгейі|сбшбойыншакішідеңгейі|сбшбойыншақосалқыбіліктілікдеңгейі|подуровень(?:квалификации)?(?:поорк)?)" + Tail),
        P(LabelKind.Level, @"(?:сбшбойыншабіліктілік(?:тің)?деңгейі?|сбшбіліктілікдеңгейі|уровеньквалификациипоорк)" + Tail),
        P(LabelKind.Level, @"(?:уровень|уровни)квалификации(?:поорк|понрк|орк)?(?:\(.*?\))?" + Tail),
        P(LabelKind.TypicalQualification, @"(?:бтба,ба,үлгілікбіліктіліксипаттамаларыбойыншабіліктілікдеңгейі|уровеньквалификациипоеткс[^:]*)" + Tail),
        // 2019–2022 template: the row names the handbook it quotes, so only its frame is fixed.
        P(LabelKind.TypicalQualification, @"(?:уровеньквалификациидляпрофессии[^:]*|[^:]{0,200}?үлгілікбіліктілік(?:тің)?сипаттамалар[^:]{0,40}біліктілік(?:тің)?деңгейі{1,2})" + Tail),
        // The same words reordered («ЖЖКБТБА, БА бойынша біліктілік деңгейі үлгілік біліктілік сипаттамалары:», 196806 kaz.md L1125).
        P(LabelKind.TypicalQualification, @"[^:]{0,10}тба,ба,?бойыншабіліктілікдеңгейіүлгілікбіліктіліксипаттамалары" + Tail),
        P(LabelKind.Education, @"(?:кәсіптікбілімдеңгейі|кәсіптікбілімберудеңгейі|уровеньпрофессиональногообразования)(?:\(.*?\))?" + Tail),
        P(LabelKind.Experience, @"(?:жұмыстәжірибесінеқойылатынталаптар|требованиякопытуработы)" + Tail),
        P(LabelKind.NonFormal, @"(?:формаль?дыемесжәнеинформаль?д?ы(?:білім(?:берумен|мен)байланыс|байланысбілімберумен)|бейресмижәнебейресмибайланыстарменбайланысақпараттықбілімберу(?:мен)?|связьснеформальнымиинформальнымобразованием)" + Tail),
        // The plural «Кәсіптердің басқа …» beside the singular, as in ru «профессий»/«профессии».
        P(LabelKind.OtherNames, @"(?:кәсіп(?:тің|тердің)басқа(?:ықтимал|мүмкін)атаулары|другиевозможныенаименованияпрофесси[ий])" + Tail),
        P(LabelKind.Purpose, @"(?:қызметтіңнегізгімақсаты|основнаяцельдеятельности)" + Tail),
        P(LabelKind.Name, @"(?:кәсіптіңатауы|кәсіпатауы|мамандықтыңатауы|мамандықатауы|наименованиепрофессии)" + Tail),
        P(LabelKind.LfDescription, @"(?:еңбекфункцияларыныңсипаттамасы|еңбекфункциялардыңсипаттамасы|описаниетрудовыхфункций)" + Tail),
        P(LabelKind.LfList, @"(?:еңбекфункцияларыныңтізбесі|переченьтрудовыхфункций|трудовыефункции|еңбекфункциялары)" + Tail),
        P(LabelKind.MandatoryList, @"(?:міндеттіеңбекфункциялары|обязательныетрудовыефункции)" + Tail),
        P(LabelKind.AdditionalList, @"(?:қосымшаеңбекфункциялары|дополнительныетрудовыефункции)" + Tail),
        P(LabelKind.LfHeading, @"(?<add>қосымша)?(?:(?<n>\d+)-?" + Ordinal + @"еңбекфункциясы|еңбекфункция(?:сы|ларысы)(?<n>\d+))(?:[:.;]+|(?=\D)|$)"),
        // «1-қосымша еңбек функциясы:» (194767 kaz.md L349): the number before «қосымша».
        P(LabelKind.LfHeading, @"(?<n>\d+)-?" + Ordinal + @"(?<add>қосымша)еңбекфункциясы(?:[:.;]+|(?=\D)|$)"),
        P(LabelKind.LfHeading, @"(?<add>дополнительная)?трудоваяфункция№?(?<n>\d+)(?:[:.;]+|(?=\D)|$)"),
        // The number went to the next line (ru reference-info L1514–1516: «Трудовая функция» / «3. Принимать …»).
        P(LabelKind.LfHeading, @"(?<add>қосымша|дополнительная)?(?:еңбекфункциясы|трудоваяфункция)[:.]?$"),
        P(LabelKind.SkillHeading, @"(?:(?<n>\d+)-?дағды|дағды№?(?<n>\d+)|навык№?(?<n>\d+))(?:[:.;]+|(?=\D)|$)"),
        // 2019–2022 template: a task is the skill level, numbered or not («Задача 1:», «Задача:», «1 міндет:», «Тапсырма:»).
        P(LabelKind.SkillHeading, @"(?:задача|тапсырма|міндет)(?<n>\d+)?(?:[:.]+|$)"),
        P(LabelKind.SkillHeading, @"(?<n>\d+)-?(?:міндет|тапсырма)(?:[:.]+|$)"),
        P(LabelKind.Recognition, @"(?:дағдынытанумүмкіндігі|возможностьпризнаниянавыка)" + Tail),
        P(LabelKind.Category, @"""(?<name>[^""]+)""санатыүшінқосымшамашықтар(?:ы)?" + Tail),
        // A list split by worker grade prints the label again per grade («Умения для 4 разряда», «Знания для 5 разряда»);
        // the grade is the hit's number and restarts the list's numbering.
        P(LabelKind.Abilities, @"(?:\d+\)|" + KkGrade + ")?(?:машықтар|машығы|дағдылар|умения|умение|уменияинавыки|умениеинавыки|біліктермендағдылар|білікпендағдылар|машықжәнедағдылар|машықтармендағдылар|икемділіктермендағдылар)" + GradeOrTail),
        // «3-разрядқа арналған білімдері:» (216979 kaz/an004.md L2204): the possessive form.
        P(LabelKind.Knowledge, @"(?:\d+\)|" + KkGrade + ")?(?:білімдері|білімдер|білімі|білім|білугетиіс|знания|знание)" + GradeOrTail),
        P(LabelKind.PersonalCompetencies, @"(?:жекеқұзыреттергеқойылатынталаптар|жекеқұзыреттіліккеқойылатынталаптар|требованиякличностнымкомпетенциям)" + Tail),
        P(LabelKind.Standards, @"(?:техникалықрегламенттерменұлттықстандарттардыңтізімі|списоктехническихрегламентовинациональныхстандартов)" + Tail),
        // «…байланысы» (internal affairs 2019 kk L784) beside «…байланыс».
        P(LabelKind.Links, @"(?:сбш-?ніңішіндегібасқакәсіптерменбайланыс|сбшшеңберіндебасқакәсіптерменбайланыс|связьсдругимипрофессиямиврамкахорк)(?:ы)?" + Tail),
        // Words reordered: «Басқалармен байланыс СБШ шеңберіндегі кәсіптермен:» (196806 kaz.md L3022).
        P(LabelKind.Links, @"басқаларменбайланыссбшшеңберіндегікәсіптермен" + Tail),
        P(LabelKind.Links, @"сбш(?:шеңберінде(?:гі)?|аясында)басқа(?:(?:кәсіптері?мен|мамандықтармен)байланыс(?:ы)?|(?:кәсіптерге|мамандықтарға)қатысы)" + Tail),
        // «БА-мен байланысы» (131993 kaz.md L379) beside «БА-мен байланыс» (137841 kaz.md L296), as for the links label.
        P(LabelKind.Handbook, @"(?:связьскс|связьсеткс|ба-?менбайланыс|бтба-?менбайланыс|кс-?пенбайланыс|біліктілікбайланысы|білікетілікбайланысы)(?:ы)?" + Tail),
        P(LabelKind.WorkConditions, @"(?:условия\(содержанияикачества\)труда|условиятруда|еңбекжағдайлары(?:\(мазмұныменсапасы\))?)" + Tail),
        P(LabelKind.LinkLevelColumn, @"(?:сбш-?н[іы]ңдеңгейі|сбшдеңгейі|уровеньорк)" + Tail),
    ];

    /// <summary>
    /// The printed ru wordings of the card labels (guide §1.2), longest key first so that «Уровень квалификации по ОРК»
    /// wins over shorter prefixes. <see cref="Match"/> reads every one of them as its kind (a test holds the two together),
    /// except <see cref="LabelKind.EducationPart"/>, which the parser keeps as education text.
    /// </summary>
    public static IReadOnlyList<PrintedLabel> Printed { get; } = new PrintedLabel[]
    {
        new(LabelKind.GroupCode, "Код группы"),
        new(LabelKind.OccupationCode, "Код наименования занятия"),
        new(LabelKind.Name, "Наименование профессии"),
        new(LabelKind.Level, "Уровень квалификации по ОРК"),
        new(LabelKind.Sublevel, "Подуровень квалификации по ОРК"),
        new(LabelKind.TypicalQualification, "Уровень квалификации по ЕТКС, КС, типовых квалификационных характеристик"),
        new(LabelKind.Education, "Уровень профессионального образования"),
        new(LabelKind.EducationPart, "Уровень образования"),
        new(LabelKind.EducationPart, "Специальность"),
        new(LabelKind.EducationPart, "Квалификация"),
        new(LabelKind.Experience, "Требования к опыту работы"),
        new(LabelKind.NonFormal, "Связь с неформальным и информальным образованием"),
        // ru reference-info prints the plural (L238–242); guide §1.2 gives the singular.
        new(LabelKind.OtherNames, "Другие возможные наименования профессий"),
        new(LabelKind.OtherNames, "Другие возможные наименования профессии"),
        new(LabelKind.Purpose, "Основная цель деятельности"),
        new(LabelKind.LfList, "Перечень трудовых функций"),
        new(LabelKind.MandatoryList, "Обязательные трудовые функции"),
        new(LabelKind.AdditionalList, "Дополнительные трудовые функции"),
        new(LabelKind.LfDescription, "Описание трудовых функций"),
        new(LabelKind.LfHeading, "Трудовая функция", Numbered: true),
        new(LabelKind.LfHeading, "Дополнительная трудовая функция", Numbered: true, Additional: true),
        new(LabelKind.SkillHeading, "Навык", Numbered: true),
        new(LabelKind.Abilities, "Умения"),
        new(LabelKind.Abilities, "Умение"),
        new(LabelKind.Knowledge, "Знания"),
        new(LabelKind.Recognition, "Возможность признания навыка"),
        new(LabelKind.PersonalCompetencies, "Требования к личностным компетенциям"),
        new(LabelKind.Standards, "Список технических регламентов и национальных стандартов"),
        new(LabelKind.Links, "Связь с другими профессиями в рамках ОРК"),
        new(LabelKind.LinkLevelColumn, "Уровень ОРК"),
    }.OrderByDescending(l => l.Key.Length).ToArray();

    // «Карточка професии», «Карточка профессии профессии» (131993 L2363, L885): misprints of the heading word.
    private const string CardWord = @"карточкапрофесс?ии(?:профессии)?";
    private const string HeadingWithLabelSource = @"(?<n>\d+)\.?(?:кәсіптіңкарточкасы|" + CardWord + ")";
    private const string TitleFirstTail = @"(?:кәсібінің|кәсіптің|мамандығының|кәсіп|кәсіптік)карточкасы";
    // A bracket after the heading word qualifies the title («17. «Цех шебері» кәсіп карточкасы (Өңдеуші өнеркәсіп)»,
    // 207230 kaz.md L1990); the title stays the quoted name, as in the ru twin, and the name row prints the whole.
    private const string HeadingQuotedFirstSource = @"(?<n>\d+)\.?"".+""(?:(?<tail>" + TitleFirstTail + @")(?:\(.+\))?)?:?$";
    /// <summary>The title first without quotes: «9. Зейнетақымен қамсыздандыру жөніндегі маман кәсібінің карточкасы» (202265 kaz.md L168).</summary>
    // Greedy and without nested choices: it is tried on every numbered list item, so it must stay linear.
    private const string HeadingBareFirstSource = @"(?<n>\d+)\.[^""]+" + TitleFirstTail + ":?$";
    private static readonly Regex BareFirstTitle = new(
        @"^\s*\d+\\?\.\s*(?<t>.+?)\s+(?:кәсібінің|кәсіптің|мамандығының|кәсіп|кәсіптік)\s+карточкасы\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    /// <summary>
    /// 2019–2022 template: unnumbered headings, the whole line — «Карточка профессии «X»», «Карточка профессии» with the
    /// title in the next cell, «"X" кәсіп карточкасы», «Мамандық картасы».
    /// </summary>
    private const string HeadingUnnumberedSource =
        @"(?:" + CardWord + @"(?::?"".+""|:.+)?|кәсіптіңкарточкасы:?"".+""|(?:"".+"")?(?:кәсіп|кәсіптік|кәсіптің|кәсібінің|мамандығының)карточкасы|мамандықкартасы)[:.]?$";
    private static readonly Regex HeadingWithLabel = new("^" + HeadingWithLabelSource, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HeadingQuotedFirst = new("^" + HeadingQuotedFirstSource, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HeadingBareFirst = new("^" + HeadingBareFirstSource, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HeadingUnnumbered = new("^" + HeadingUnnumberedSource, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Every heading and card pattern, each with the characters its key can start with (<see cref="FirstChars"/>; null:
    /// any). Most lines are values that start with no label: one alternation of the patterns that can start with the
    /// line's first key character rules them all out at once, without trying the other ~40 branches.
    /// </summary>
    private static readonly (string Source, HashSet<char>? First)[] AnySources =
        [.. new[] { HeadingWithLabelSource, HeadingQuotedFirstSource, HeadingBareFirstSource, HeadingUnnumberedSource }
            .Concat(CardPatterns.Select(p => p.Source)).Select(s => (s, FirstChars.Of(s)))];

    private static readonly HashSet<char>?[] CardFirst = [.. CardPatterns.Select(p => FirstChars.Of(p.Source))];

    /// <summary>Per first key character: the alternation that can match (null: none can) and the card patterns to try, in catalogue order.</summary>
    private sealed record Dispatch(Regex? Any, Pattern[] Card);

    private static readonly ConcurrentDictionary<char, Dispatch> ByFirst = new();
    private static readonly ConcurrentDictionary<string, Regex> Alternations = new(StringComparer.Ordinal);

    private static Dispatch DispatchFor(char first) => ByFirst.GetOrAdd(first, static c =>
    {
        var sources = AnySources.Where(s => s.First is null || s.First.Contains(c)).Select(s => s.Source).ToArray();
        var any = sources.Length == 0 ? null : Alternations.GetOrAdd("^(?:" + string.Join("|", sources) + ")",
            static pattern => new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled));
        var card = CardPatterns.Where((_, i) => CardFirst[i] is null || CardFirst[i]!.Contains(c)).ToArray();
        return new Dispatch(any, card);
    });

    /// <summary>The label a card line starts with, or null. A heading must have a ¶ number above <paramref name="lastParagraph"/>.</summary>
    public static LabelHit? Match(string text, int lastParagraph = 0)
    {
        var memo = Memo ??= new Dictionary<string, Remembered>(StringComparer.Ordinal);
        if (!memo.TryGetValue(text, out var known))
        {
            if (memo.Count >= MemoSize) memo.Clear();
            known = Read(text);
            memo[text] = known;
        }
        if (!known.AnyLabel) return null;
        return known.Heading is { } heading && heading.Applies(lastParagraph) ? heading.Hit : known.Card;
    }

    private static Remembered Read(string text)
    {
        var keyBuffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var keyLength = TextNorm.KeyInto(text, keyBuffer);
        var any = keyLength > 0 && DispatchFor(keyBuffer[0]).Any is { } alternation && alternation.IsMatch(keyBuffer[..keyLength]);
        if (!any) return default;
        var (key, map) = TextNorm.KeyWithMap(text);
        return new Remembered(true, HeadingOf(text, key), MatchCard(text, key, map));
    }

    /// <summary>
    /// Everything <see cref="Match"/> finds in a text, read once: the reader, the chapter search, the card parser and
    /// its look-ahead ask about the same line up to four times, and one test of the whole alternation costs more than
    /// all the rest of a line's parsing. A heading's answer also depends on the ¶ number, so its rule is kept with it.
    /// </summary>
    private readonly record struct Remembered(bool AnyLabel, HeadingForm? Heading, LabelHit? Card);

    /// <summary>Which ¶ numbers a heading line is a heading after.</summary>
    private enum HeadingRule
    {
        /// <summary>Unnumbered («Карточка профессии «X»»): always.</summary>
        Always,
        /// <summary>«N. X кәсібінің карточкасы» without quotes: a number above the last ¶.</summary>
        Above,
        /// <summary>A heading that prints the card word: the last ¶ number or above (three cards all numbered «9.»).</summary>
        AtOrAbove,
        /// <summary>A bare quoted «N. "X"» line (employment ¶10, L651): only as the next ¶.</summary>
        Next,
    }

    private sealed record HeadingForm(LabelHit Hit, HeadingRule Rule)
    {
        public bool Applies(int lastParagraph) => Rule switch
        {
            HeadingRule.Always => true,
            HeadingRule.Above => Hit.Number > lastParagraph,
            HeadingRule.AtOrAbove => Hit.Number >= lastParagraph,
            _ => Hit.Number == lastParagraph + 1,
        };
    }

    private const int MemoSize = 8192;

    [ThreadStatic] private static Dictionary<string, Remembered>? Memo;

    private static LabelHit? MatchCard(string text, string key, int[] map)
    {
        if (key.Length == 0) return null;
        foreach (var p in DispatchFor(key[0]).Card)
        {
            var m = p.Regex.Match(key);
            if (!m.Success) continue;
            var rest = RestAfter(text, map, m.Length);
            int? n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value) : m.Groups["r"].Success ? Roman(m.Groups["r"].Value) : p.Number;
            var add = m.Groups["add"].Success;
            string? name = null;
            if (p.Kind == LabelKind.Category) name = CategoryName(text);
            return new LabelHit(p.Kind, rest, n, add, name);
        }
        return null;
    }

    private static HeadingForm? HeadingOf(string text, string key)
    {
        // An unnumbered heading without a quoted or colon-led title leaves it to the next line (the next cell).
        if (HeadingUnnumbered.IsMatch(key))
            return new HeadingForm(new LabelHit(LabelKind.CardHeading,
                text.AsSpan().IndexOfAny(OpeningQuotes) >= 0 || key.StartsWith("карточкапрофессии:", StringComparison.Ordinal) ? HeadingTitle(text) : ""),
                HeadingRule.Always);
        var m = HeadingWithLabel.Match(key);
        var quoted = m.Success ? null : HeadingQuotedFirst.Match(key);
        if (!m.Success && quoted is not { Success: true })
        {
            var bare = HeadingBareFirst.Match(key);
            if (!bare.Success || BareFirstTitle.Match(text) is not { Success: true } t) return null;
            return new HeadingForm(new LabelHit(LabelKind.CardHeading, TextNorm.Clean(t.Groups["t"].Value), int.Parse(bare.Groups["n"].Value)),
                HeadingRule.Above);
        }
        var n = int.Parse((m.Success ? m : quoted!).Groups["n"].Value);
        var labelled = m.Success || quoted!.Groups["tail"].Success;
        return new HeadingForm(new LabelHit(LabelKind.CardHeading, HeadingTitle(text), n), labelled ? HeadingRule.AtOrAbove : HeadingRule.Next);
    }

    /// <summary>A row label shaped like a code label: a few words, the last «коды» or «код».</summary>
    private static readonly Regex CodeLabelShaped = new(@"^[\p{L}\s\-]{0,80}?(?<!\p{L})(?:коды|код)\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex CodeOnly = new(@"^\s*\d{4}-\d(?<full>-\d{3})?\s*$", RegexOptions.Compiled);

    /// <summary>
    /// A code label printed in a spelling the catalogue does not know («Қызыметтер атауының коды», an extra «ы», 192873
    /// kaz/an020.md L382): words ending in «коды»/«код» right before a line that is a code alone. Null when the lines
    /// are not so; else whether that code is a full occupation code («2611-7-002») rather than a group code («2611-7»).
    /// </summary>
    public static bool? CodeLabelBefore(string text, string next)
    {
        if (!CodeLabelShaped.IsMatch(text) || CodeOnly.Match(next) is not { Success: true } code) return null;
        return code.Groups["full"].Success;
    }

    private static readonly char[] ItemStops = ['.', ';'];

    /// <summary>
    /// A worker-grade list label printed at the end of an item's line, after the item's final stop («5. Вести учет и
    /// отчетность по производству продукции. Умения для 5 разряда», 216979 rus/an003.md L2081; «5. Құсханалар …
    /// қағидалары. 5-разрядқа арналған білімдер», kaz/an004.md L437): the item as printed up to its stop, and the label.
    /// </summary>
    public static (string Item, LabelHit Label)? TrailingGradeLabel(string text)
    {
        // «Разряд» / «разряд» / «разрядқа»: a line without it holds no grade label, and most item lines have none.
        if (!text.Contains("азряд", StringComparison.Ordinal)) return null;
        for (var i = text.IndexOfAny(ItemStops); i >= 0 && i + 1 < text.Length; i = text.IndexOfAny(ItemStops, i + 1))
        {
            if (!char.IsWhiteSpace(text[i + 1])) continue;
            if (Match(text[(i + 1)..].Trim()) is { Kind: LabelKind.Abilities or LabelKind.Knowledge, Number: not null } hit)
                return (text[..(i + 1)].TrimEnd(), hit);
        }
        return null;
    }

    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"«“„");
    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"»”");
    private static readonly char[] AfterLabel = [':', ';', ' '];

    /// <summary>The quoted title of a heading, or the text after «карточкасы»/«профессии» when nothing is quoted.</summary>
    private static string HeadingTitle(string text)
    {
        var open = text.AsSpan().IndexOfAny(OpeningQuotes);
        if (open >= 0)
        {
            var close = text.AsSpan().LastIndexOfAny(ClosingQuotes);
            if (close > open) return TextNorm.Clean(text[(open + 1)..close]);
        }
        var idx = text.IndexOf("карточкасы", StringComparison.OrdinalIgnoreCase);
        if (idx < 0) idx = text.IndexOf("профессии", StringComparison.OrdinalIgnoreCase);
        var rest = idx >= 0 ? text[(text.IndexOf(' ', idx) is var sp and >= 0 ? sp : text.Length)..] : text;
        return TextNorm.StripQuotes(TextNorm.Clean(rest));
    }

    private static int Roman(string numeral) => numeral.Replace('і', 'i') switch
    {
        "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, _ => 5,
    };

    private static string CategoryName(string text)
    {
        var open = text.AsSpan().IndexOfAny(OpeningQuotes);
        var close = open < 0 ? -1 : text.AsSpan(open + 1).IndexOfAny(ClosingQuotes) is var after and >= 0 ? open + 1 + after : -1;
        return open >= 0 && close > open ? TextNorm.Clean(text[(open + 1)..close]) : text;
    }

    /// <summary>The printed text after the first <paramref name="keyLength"/> key characters, without leading punctuation.</summary>
    public static string RestAfter(string text, int[] map, int keyLength)
    {
        if (keyLength >= map.Length) return "";
        var start = map[keyLength - 1] + 1;
        return TextNorm.Clean(text[start..]).TrimStart(AfterLabel);
    }
}
