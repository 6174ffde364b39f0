namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Text;

/// <summary>
/// Chapter 3: one pass over the logical lines, label-driven. A skill is the unit between two recognition rows
/// («Дағдыны тану мүмкіндігі» / «Возможность признания навыка»), so lists that arrive before their skill heading
/// still land in the right skill; a restart of skill numbering opens the next labour function when its label is lost.
/// </summary>
/// <summary>
/// Where a template prints its cards. <see cref="Numbered"/>: chapter 3, «N. Карточка профессии …» headings, until
/// chapter 4. <see cref="Appendix"/> (2019–2022): a list of professions in chapter 3 and the cards in an appendix
/// after the last chapter, unnumbered, with the links table printed as one row per card (levels and names as two
/// newline-separated columns).
/// </summary>
public enum CardTemplate { Numbered, Appendix }

internal sealed class CardParser
{
    private enum Mode { None, HeadingTitle, Field, LfList, LfNumber, LfTitle, SkillTitle, Abilities, Knowledge, Category, Recognition, Competencies, Standards, Links }

    private readonly string stem;
    private readonly ICollection<SourceWarning> warnings;
    private readonly List<Card> cards = [];
    private CardBuilder? card;
    private Mode mode;
    private LabelKind field;
    private LaborFunctionKind listKind;
    private LaborFunctionKind pendingLfKind;
    private LogicalLine? pendingLfLine;
    private LogicalLine? detachedPrefix;

    private readonly CardTemplate template;

    public CardParser(string stem, ICollection<SourceWarning> warnings, CardTemplate template = CardTemplate.Numbered) =>
        (this.stem, this.warnings, this.template) = (stem, warnings, template);

    /// <summary>Index of the first card heading read, or -1.</summary>
    public int FirstHeading { get; private set; } = -1;

    public IReadOnlyList<Card> Cards => cards;

    /// <summary>LFs whose list title and heading differ, over all cards read, and how many LFs print both.</summary>
    public List<LfWordingDiff> WordingDiffs { get; } = [];
    public int ComparedLfs { get; private set; }

    /// <summary>Feeds the lines of chapter 3; stops at chapter 4. Returns the index of the first line not consumed.</summary>
    public int Run(IReadOnlyList<LogicalLine> lines, int start)
    {
        var i = start;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var hit = Labels.Match(line.Text, card?.Paragraph ?? 0);
            if (hit is null && card is not null && i + 1 < lines.Count && WrappedLabel(line, lines[i + 1]) is { } wrapped)
            {
                (line, hit) = wrapped;
                i++;
            }
            if (hit is null && card is { InDescription: false } && i + 1 < lines.Count && Labels.CodeLabelBefore(line.Text, lines[i + 1].Text) is { } full)
                hit = UnknownCodeLabel(line, full);
            // 2019–2022 cards sit in an appendix after the last chapter.
            if (hit is { Kind: LabelKind.Chapter, Number: >= 4 } && template == CardTemplate.Appendix) continue;
            if (hit is { Kind: LabelKind.Chapter, Number: >= 4 }) break;
            if (hit is null && template == CardTemplate.Appendix && NameAloneHeading(lines, i)) hit = new LabelHit(LabelKind.CardHeading, TextNorm.StripQuotes(line.Text));
            if (hit?.Kind == LabelKind.CardHeading)
            {
                if (FirstHeading < 0) FirstHeading = i;
                StartCard(hit, line);
                continue;
            }
            if (card is null) continue;
            card.Lines = card.Lines.Span(line.Lines);
            if (hit is not null && Accepts(hit))
            {
                if (hit.Kind == LabelKind.LfHeading && detachedPrefix is not null) hit = hit with { Additional = true };
                detachedPrefix = null;
                Label(hit, line);
                continue;
            }
            if (detachedPrefix is not null) OutsideAnyField(detachedPrefix);
            detachedPrefix = null;
            // «Дополнительная» on its own line belongs to the LF label on the next one (ru reference-info L2788–2789).
            if (mode != Mode.Field && (TextNorm.KeyEquals(line.Text, "дополнительная") || TextNorm.KeyEquals(line.Text, "қосымша"))) detachedPrefix = line;
            else Value(line);
        }
        FinishCard();
        return i;
    }

    /// <summary>
    /// A label cell printed on two lines, the first ending in a comma («ЖЖКБТБА, БА,» / «үлгілік біліктілік
    /// сипаттамалары бойынша біліктілік деңгейі:», 196806 kaz.md L205–206): the comma line is the label's first part,
    /// not a value of the field above, when the next physical line is that same label and both read as one.
    /// </summary>
    private static (LogicalLine Line, LabelHit Hit)? WrappedLabel(LogicalLine line, LogicalLine next)
    {
        if (!line.Text.TrimEnd().EndsWith(',') || next.Lines.First != line.Lines.Last + 1) return null;
        if (Labels.Match(next.Text) is not { } alone || alone.Kind is LabelKind.CardHeading or LabelKind.Chapter) return null;
        var joined = new LogicalLine(line.Text.TrimEnd() + " " + next.Text.TrimStart(), line.Lines.Span(next.Lines));
        return Labels.Match(joined.Text) is { } hit && hit.Kind == alone.Kind ? (joined, hit) : null;
    }

    /// <summary>
    /// A code label in a spelling not in the catalogue, right before a code: the group code's when that is a group code
    /// and none was read yet, else the occupation code's (the row after the group code). Kept as printed, with a warning.
    /// </summary>
    private LabelHit UnknownCodeLabel(LogicalLine line, bool fullCode)
    {
        var kind = fullCode || card!.HasField(LabelKind.GroupCode) ? LabelKind.OccupationCode : LabelKind.GroupCode;
        warnings.Add(new SourceWarning(line.Lines.First, $"{card!.Ref}: «{Short(line.Text.Trim())}» is no known label spelling; read as the "
            + (kind == LabelKind.OccupationCode ? "occupation code" : "group code") + " label before the code under it"));
        return new LabelHit(kind, "");
    }

    /// <summary>
    /// A heading printed as the profession's name alone (2019–2022 template, some ministries): a line that is no
    /// label, right before a card's code or name row, where the card being read already has that row (or no card
    /// has started).
    /// </summary>
    private bool NameAloneHeading(IReadOnlyList<LogicalLine> lines, int i)
    {
        if (i + 1 >= lines.Count || mode == Mode.HeadingTitle) return false;
        if (Labels.Match(lines[i + 1].Text) is not { Kind: LabelKind.OccupationCode or LabelKind.Name } next) return false;
        return card is null || card.HasField(next.Kind);
    }

    /// <summary>Labels that only mean something in context: «Кәсіптің атауы:» is a column header inside the link block.</summary>
    private bool Accepts(LabelHit hit) => hit.Kind switch
    {
        LabelKind.LinkLevelColumn => mode == Mode.Links,
        LabelKind.Abilities or LabelKind.Knowledge or LabelKind.Recognition or LabelKind.SkillHeading or LabelKind.Category
            => card!.InDescription,
        LabelKind.Chapter => false,
        _ => true,
    };

    private void StartCard(LabelHit hit, LogicalLine line)
    {
        if (hit.Number is { } n && card?.Paragraph == n)
            warnings.Add(new SourceWarning(line.Lines.First, $"card heading numbered ¶{n} again, like the card before it; read as the next card"));
        FinishCard();
        card = new CardBuilder(cards.Count + 1, hit.Number, hit.Rest, line.Lines, warnings, template == CardTemplate.Appendix);
        mode = hit.Rest.Length == 0 ? Mode.HeadingTitle : Mode.None;
    }

    private void Label(LabelHit hit, LogicalLine line)
    {
        var c = card!;
        var rest = new LogicalLine(hit.Rest, line.Lines);
        switch (hit.Kind)
        {
            case LabelKind.LfDescription:
                mode = Mode.None;
                c.LfPartStarted = true;
                break;
            case LabelKind.LfList:
                c.LfPartStarted = true;
                mode = Mode.LfList;
                listKind = LaborFunctionKind.Mandatory;
                break;
            case LabelKind.MandatoryList or LabelKind.AdditionalList:
                mode = Mode.LfList;
                listKind = hit.Kind == LabelKind.MandatoryList ? LaborFunctionKind.Mandatory : LaborFunctionKind.Additional;
                if (hit.Rest.Length > 0) c.AddListedLf(listKind, rest);
                break;
            case LabelKind.LfHeading when hit.Number is null:
                pendingLfKind = hit.Additional ? LaborFunctionKind.Additional : LaborFunctionKind.Mandatory;
                pendingLfLine = line;
                mode = Mode.LfNumber;
                break;
            case LabelKind.LfHeading:
                c.StartLf(hit.Additional ? LaborFunctionKind.Additional : LaborFunctionKind.Mandatory, hit.Number!.Value, line);
                mode = Mode.LfTitle;
                if (hit.Rest.Length > 0) c.AddLfTitle(rest);
                break;
            case LabelKind.SkillHeading:
                c.StartSkill(hit.Number ?? c.NextSkillNumber(), line);
                mode = Mode.SkillTitle;
                if (hit.Rest.Length > 0) c.AddSkillTitle(rest);
                break;
            case LabelKind.Abilities or LabelKind.Knowledge:
                var unit = c.OpenUnit(line);
                unit.Lines = unit.Lines.Span(line.Lines);
                unit.LastList = hit.Kind;
                mode = hit.Kind == LabelKind.Abilities ? Mode.Abilities : Mode.Knowledge;
                var items = hit.Kind == LabelKind.Abilities ? unit.Abilities : unit.Knowledge;
                if (hit.Number is not null) items.Restart();
                if (hit.Rest.Length > 0) items.Add(rest);
                break;
            case LabelKind.Category:
                c.StartCategory(hit.Name!, line);
                mode = Mode.Category;
                if (hit.Rest.Length > 0) c.Categories[^1].Abilities.Add(rest);
                break;
            case LabelKind.Recognition:
                if (hit.Rest.Length > 0) { c.CloseUnit(); mode = Mode.None; }
                else mode = Mode.Recognition;
                break;
            case LabelKind.PersonalCompetencies:
                c.CloseUnit();
                mode = Mode.Competencies;
                if (hit.Rest.Length > 0) c.AddCompetencies(rest);
                break;
            case LabelKind.Standards:
                c.CloseUnit();
                mode = Mode.Standards;
                if (hit.Rest.Length > 0) c.Standards.Add(rest);
                break;
            case LabelKind.Links:
                c.CloseUnit();
                mode = Mode.Links;
                c.LinksLabelSeen = true;
                if (hit.Rest.Length > 0) c.AddLinkRow(rest);
                break;
            case LabelKind.Name or LabelKind.LinkLevelColumn when mode == Mode.Links:
                break;
            default:
                mode = Mode.Field;
                field = hit.Kind;
                c.AddField(field, line, hit.Rest);
                break;
        }
    }

    private void Value(LogicalLine line)
    {
        var c = card!;
        switch (mode)
        {
            case Mode.HeadingTitle:
                // «Карточка профессии» in one cell, «"X"» in the next (183438-style 2019–2022 cards).
                c.Title = TextNorm.StripQuotes(line.Text);
                mode = Mode.None;
                break;
            case Mode.Field: c.AppendField(field, line); break;
            case Mode.LfList when template == CardTemplate.Appendix && c.ListedNumber(listKind, line) is { } listedN:
                // A 2019–2022 LF cell can print the title alone, without «Трудовая функция N:»: the list names it.
                warnings.Add(new SourceWarning(line.Lines.First, $"{c.Ref}: {listKind} LF {listedN} heading printed without its label"));
                c.StartLf(listKind, listedN, line);
                c.AddLfTitle(line);
                mode = Mode.LfTitle;
                break;
            case Mode.LfList: c.AddListedLf(listKind, line); break;
            case Mode.LfNumber:
                var numbered = ListItems.Parse(line.Text);
                var n = numbered.Marker == ItemMarker.Number ? numbered.Number!.Value : c.NextLfNumber(pendingLfKind);
                warnings.Add(new SourceWarning(pendingLfLine!.Lines.First, numbered.Marker == ItemMarker.Number
                    ? $"{c.Ref}: LF number {n} printed on the line after its label"
                    : $"{c.Ref}: LF label without a number; read as {pendingLfKind} LF {n}"));
                c.StartLf(pendingLfKind, n, pendingLfLine);
                c.AddLfTitle(numbered.Marker == ItemMarker.Number ? line with { Text = numbered.Text } : line);
                mode = Mode.LfTitle;
                break;
            case Mode.LfTitle: c.AddLfTitle(line); break;
            case Mode.SkillTitle when c.ResumesList(line) is { } list:
                // PDF page breaks put a skill heading inside the list it interrupts (ru reference-info L389–393).
                mode = list == LabelKind.Abilities ? Mode.Abilities : Mode.Knowledge;
                Value(line);
                break;
            case Mode.SkillTitle when template == CardTemplate.Appendix && c.StartsUnlabelledAbilities(line):
                // 2019–2022 tables can leave out «Умения и навыки:»: the list cell right after the task cell is its abilities.
                warnings.Add(new SourceWarning(line.Lines.First, $"{c.Ref}: abilities printed without their label"));
                mode = Mode.Abilities;
                Value(line);
                break;
            case Mode.SkillTitle: c.AddSkillTitle(line); break;
            case Mode.Abilities or Mode.Knowledge when Labels.TrailingGradeLabel(line.Text) is { } split:
                // The next grade's label printed at the end of an item's line: the item ends at its stop, the label heads the next part.
                Value(line with { Text = split.Item });
                Label(split.Label, line);
                break;
            case Mode.Abilities: c.OpenUnit(line).Abilities.Add(line); break;
            case Mode.Knowledge: c.OpenUnit(line).Knowledge.Add(line); break;
            case Mode.Category: c.Categories[^1].Abilities.Add(line); c.Categories[^1].Lines = c.Categories[^1].Lines.Span(line.Lines); break;
            case Mode.Recognition: c.CloseUnit(); mode = Mode.None; break;
            case Mode.Competencies: c.AddCompetencies(line); break;
            case Mode.Standards: c.Standards.Add(line); break;
            case Mode.Links when HandbookShaped.IsMatch(TextNorm.Key(line.Text)):
                // The handbook row's label varies from card to card (six spellings in the seeds): one in a spelling not
                // in the catalogue still ends the links table instead of becoming a profession.
                warnings.Add(new SourceWarning(line.Lines.First, $"{c.Ref}: «{Short(line.Text.Trim())}» read as the handbook row's label; it ends the links table"));
                Label(new LabelHit(LabelKind.Handbook, ""), line);
                break;
            case Mode.Links: c.AddLinkRow(line); break;
            case Mode.None when !c.HasFields && !c.InDescription && TextNorm.Key(line.Text) == TextNorm.Key(c.Title):
                // ru reference-info ¶15 (L5031–5032): the header table lost its labels; the heading's name printed again
                // before the first field is the name field's value.
                warnings.Add(new SourceWarning(line.Lines.First, $"{c.Ref}: the name is printed without its label right after the heading; read as the name field"));
                c.AddField(LabelKind.Name, line, line.Text);
                break;
            default:
                OutsideAnyField(line);
                break;
        }
    }

    /// <summary>
    /// A row label shaped like the handbook row's: «… -мен/-пен/-бен байланыс(ы)» («link with …») or «Связь с …», a few
    /// words without digits. A profession's name never ends so.
    /// </summary>
    private static readonly Regex HandbookShaped = new(
        @"^(?:[\p{L}\-,]{2,60}(?:мен|пен|бен)байланыс(?:ы)?|связьс[\p{L}\-,]{2,40})[:.]?$", RegexOptions.Compiled);

    private void OutsideAnyField(LogicalLine line) =>
        warnings.Add(new SourceWarning(line.Lines.First, $"card {card!.Ref}: text outside any field: «{Short(line.Text)}»"));

    private void FinishCard()
    {
        if (card is null) return;
        cards.Add(card.Build(stem));
        WordingDiffs.AddRange(card.WordingDiffs);
        ComparedLfs += card.ComparedLfs;
        card = null;
    }

    internal static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}

/// <summary>Mutable state of the card being read; <see cref="Build"/> freezes it into the model.</summary>
internal sealed class CardBuilder(int seq, int? paragraph, string title, LineRange heading, ICollection<SourceWarning> warnings, bool appendixTemplate = false)
{
    // ru insurance ¶10 experience (L432), MICE ¶12 competency «Жоғары білім» (L187).
    private static readonly Regex EducationWording = new(
        @"^(?:жоғары|орта|техникалықжәнекәсіптік)(?:\(.*?\))?білім|^(?:высшее|среднее)(?:\(.*?\))?(?:профессиональное)?образование", RegexOptions.Compiled);
    private static readonly Regex OccupationCodeRx = new(@"\d{4,5}-\d-\d{3}", RegexOptions.Compiled);
    private static readonly Regex CodedNameRow = new(@"^\s*\d{4}-\d-\d{3}\s*[-–]?\s*\p{L}[^;]*;\s*$", RegexOptions.Compiled);

    internal sealed class Unit(LineRange lines, ListBuilder abilities, ListBuilder knowledge)
    {
        public int? N;
        public LabelKind? LastList;
        public readonly List<string> Title = [];
        public LineRange Lines = lines;
        public readonly ListBuilder Abilities = abilities;
        public readonly ListBuilder Knowledge = knowledge;
        public bool HasContent => Abilities.Count > 0 || Knowledge.Count > 0;
    }

    internal sealed class Lf(LaborFunctionKind kind, int n, LineRange lines)
    {
        public readonly LaborFunctionKind Kind = kind;
        public readonly int N = n;
        public readonly List<string> Title = [];
        public LineRange Lines = lines;
        public readonly List<Unit> Skills = [];
    }

    internal sealed class Category(string name, LineRange lines, ListBuilder abilities)
    {
        public readonly string Name = name;
        public LineRange Lines = lines;
        public readonly ListBuilder Abilities = abilities;
    }

    public int? Paragraph { get; } = paragraph;
    /// <summary>How messages name the card: its ¶ number, or its position where the template prints none.</summary>
    public string Ref => Paragraph is { } p ? $"¶{p}" : $"card {seq}";
    public string Title { get; set; } = title;
    public bool HasFields => fields.Count > 0;
    public LineRange Lines { get; set; } = heading;
    /// <summary>Skill-level labels count once the LF part began: an LF label, or the LF list/description labels
    /// when every LF heading was lost (ru PDF ¶15/¶16).</summary>
    public bool InDescription => lfs.Count > 0 || unit is not null || LfPartStarted;
    public bool LfPartStarted { get; set; }
    public bool LinksLabelSeen { get; set; }
    /// <summary>Filled by <see cref="Build"/>; judged per document by <see cref="LfWording"/>.</summary>
    public List<LfWordingDiff> WordingDiffs { get; } = [];
    public int ComparedLfs { get; private set; }
    public List<Category> Categories { get; } = [];
    public ListBuilder Standards { get; } = new($"¶{paragraph} standards", warnings);

    private readonly Dictionary<LabelKind, List<LogicalLine>> fields = [];
    private readonly Dictionary<LaborFunctionKind, ListBuilder> listed = new()
    {
        [LaborFunctionKind.Mandatory] = new($"¶{paragraph} mandatory LF list", warnings),
        [LaborFunctionKind.Additional] = new($"¶{paragraph} additional LF list", warnings),
    };
    private readonly List<Lf> lfs = [];
    private readonly List<Repair> titleRepairs = [];
    private Unit? unit;
    private readonly List<TextItem> competencies = [];
    private readonly List<ProfessionLink> links = [];
    private readonly List<LogicalLine> strayOtherNames = [];
    private int? pendingLinkLevel;
    /// <summary>A level cell that could not be read, as printed («7 де4гей»): the next row's, with no level.</summary>
    private string? pendingUnreadLevel;
    private LineRange pendingLinkLines;
    private readonly List<string> pendingItems = [];
    private LineRange pendingItemLines;
    private LinkDirection? linkDirection;

    public void AddField(LabelKind kind, LogicalLine label, string rest)
    {
        if (fields.ContainsKey(kind))
            warnings.Add(new SourceWarning(label.Lines.First, $"{Ref}: label for {kind} printed again"));
        fields[kind] = [];
        if (kind == LabelKind.NonFormal && rest.EndsWith(':'))
        {
            // «…біліммен байланыс:тің атауы:» (kk reference-info L6029): a pasted label fragment, not a value.
            warnings.Add(new SourceWarning(label.Lines.First, $"{Ref}: garbage after the non-formal education label: «{rest}»"));
            return;
        }
        if (rest.Length > 0) fields[kind].Add(new LogicalLine(rest, label.Lines));
    }

    public void AppendField(LabelKind kind, LogicalLine line)
    {
        // A page break can print the first «code name;» row of the other names before their label, at the end of the
        // field above it (ru reference-info ¶10: L891 before the label at L895–898). Such a row is no prose.
        if (kind != LabelKind.OtherNames && CodedNameRow.IsMatch(line.Text))
        {
            warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: the other name «{CardParser.Short(line.Text.Trim())}» is printed before its label; read as an other name"));
            strayOtherNames.Add(line);
            return;
        }
        fields[kind].Add(line);
    }

    public void AddListedLf(LaborFunctionKind kind, LogicalLine line) => listed[kind].Add(line);

    public bool HasField(LabelKind kind) => fields.ContainsKey(kind);

    /// <summary>The number of the listed LF whose title the line repeats, if any.</summary>
    public int? ListedNumber(LaborFunctionKind kind, LogicalLine line)
    {
        var key = TextNorm.Key(ListItems.Parse(line.Text).Text).TrimEnd('.');
        var items = listed[kind].Peek();
        for (var i = 0; i < items.Count; i++)
            if (TextNorm.Key(items[i]).TrimEnd('.') == key) return i + 1;
        return null;
    }

    /// <summary>The number an unnumbered task («Задача:») gets: the next in its labour function.</summary>
    public int NextSkillNumber() => (lfs.Count == 0 ? 0 : lfs[^1].Skills.Count) + (unit is { N: not null } ? 2 : 1);

    /// <summary>A first numbered item where a task's title was being read, once the title has text.</summary>
    public bool StartsUnlabelledAbilities(LogicalLine line) =>
        unit is { Title.Count: > 0, HasContent: false } && ListItems.Parse(line.Text) is { Marker: ItemMarker.Number, Number: 1 };

    public void StartLf(LaborFunctionKind kind, int n, LogicalLine line)
    {
        CloseUnit();
        var mandatoryListed = listed[LaborFunctionKind.Mandatory].Count;
        if (kind == LaborFunctionKind.Mandatory && lfs.Any(l => l.Kind == LaborFunctionKind.Mandatory && l.N >= n)
            && listed[LaborFunctionKind.Additional].Count > 0 && n <= mandatoryListed)
        {
            warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: LF {n} restarts numbering without «additional»; read as additional LF {n}"));
            kind = LaborFunctionKind.Additional;
        }
        lfs.Add(new Lf(kind, n, line.Lines));
    }

    public void AddLfTitle(LogicalLine line)
    {
        if (lfs.Count == 0) return;
        lfs[^1].Title.Add(line.Text);
        lfs[^1].Lines = lfs[^1].Lines.Span(line.Lines);
    }

    public void StartSkill(int n, LogicalLine line)
    {
        if (unit is not null && unit.N is not null) CloseUnit();
        if (lfs.Count == 0)
        {
            warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: skill {n} before any labour function label; read as Mandatory LF 1"));
            lfs.Add(new Lf(LaborFunctionKind.Mandatory, 1, line.Lines));
        }
        else if (n == 1 && lfs[^1].Skills.Count > 0)
        {
            // The LF label was lost (ru PDF ¶15/¶16): skill numbering restarting at 1 marks the next function.
            var (kind, next) = NextLf();
            warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: skill numbering restarts without an LF label; read as {kind} LF {next}"));
            lfs.Add(new Lf(kind, next, line.Lines));
        }
        unit ??= NewUnit(line.Lines);
        unit.N = n;
        unit.Lines = unit.Lines.Span(line.Lines);
    }

    public int NextLfNumber(LaborFunctionKind kind) => lfs.Count(l => l.Kind == kind) + 1;

    private (LaborFunctionKind, int) NextLf()
    {
        var last = lfs[^1];
        var mandatory = listed[LaborFunctionKind.Mandatory].Count;
        return last.Kind == LaborFunctionKind.Mandatory && mandatory > 0 && last.N >= mandatory
            ? (LaborFunctionKind.Additional, 1)
            : (last.Kind, last.N + 1);
    }

    /// <summary>The list a numbered line continues when it arrives where a skill title was expected, if any.</summary>
    public LabelKind? ResumesList(LogicalLine line)
    {
        if (unit?.LastList is not { } list) return null;
        var items = list == LabelKind.Abilities ? unit.Abilities : unit.Knowledge;
        return items.Count > 0 && ListItems.Parse(line.Text).Marker is ItemMarker.Number or ItemMarker.MissingDigit ? list : null;
    }

    public void AddSkillTitle(LogicalLine line)
    {
        if (unit is null) return;
        unit.Title.Add(line.Text);
        unit.Lines = unit.Lines.Span(line.Lines);
    }

    public Unit OpenUnit(LogicalLine line)
    {
        if (unit is null)
        {
            if (lfs.Count == 0) lfs.Add(new Lf(LaborFunctionKind.Mandatory, 1, line.Lines));
            unit = NewUnit(line.Lines);
        }
        return unit;
    }

    private Unit NewUnit(LineRange lines) =>
        new(lines, new ListBuilder($"{Ref} abilities", warnings), new ListBuilder($"{Ref} knowledge", warnings));

    public void CloseUnit()
    {
        if (unit is null) return;
        if (unit.N is not null || unit.HasContent)
        {
            var lf = lfs[^1];
            lf.Skills.Add(unit);
            lf.Lines = lf.Lines.Span(unit.Lines);
        }
        unit = null;
    }

    public void StartCategory(string name, LogicalLine line) =>
        Categories.Add(new Category(name, line.Lines, new ListBuilder($"{Ref} «{name}» abilities", warnings)));

    private static readonly Regex RunOnSplit = new(@"(?<=\S)\s+(?=\p{Lu}\p{Ll})", RegexOptions.Compiled);
    private static readonly Regex CommaSplit = new(@"[,;]\s*(?=\p{Lu})", RegexOptions.Compiled);

    /// <summary>One competency per line; a line with several capitalised phrases run together (MICE L78) is split on them.</summary>
    public void AddCompetencies(LogicalLine line)
    {
        var text = line.Text.Trim();
        if (text is "" or "-") return;
        var parts = CommaSplit.IsMatch(text) ? CommaSplit.Split(text) : RunOnSplit.Split(text);
        foreach (var p in parts)
            if (p.Trim().TrimEnd(ListEnd) is { Length: > 0 } t) competencies.Add(new TextItem(t, line.Lines));
    }

    // A range («2-3», 196806 L429) names a card printed at both levels; the link takes the first, as the card's own levels do.
    private static readonly Regex LevelOnly = new(@"^(?<l>[1-8])(?:\s*[-–]\s*[1-8])?$", RegexOptions.Compiled);
    private static readonly Regex LevelCodeName = new(@"^(?:(?<l>[1-8])\s+)?(?<c>\d{4,5}-\d-\d{3})\s*[-–]?\s*(?<n>.*)$", RegexOptions.Compiled);
    private static readonly Regex NameLevel = new(@"^(?<n>.+?)[,\s]+(?:СБШ\s*)?(?<l>[1-8])\s*-?\s*(?:деңгей|уровень)\S*\s*[.;]?$", RegexOptions.Compiled);

    /// <summary>
    /// Link rows: level then «code name» (kk reference-info L881/L883), «name, N-деңгей» (employment L648),
    /// level then name (MICE, split by the reader). Only called inside the link block.
    /// </summary>
    public void AddLinkRow(LogicalLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0) return;
        if (LinkDirections.Of(text) is { } direction)
        {
            // The rows below a direction heading print no level; a heading with nothing under it is an empty column.
            linkDirection = direction;
            return;
        }
        if (appendixTemplate)
        {
            AddLinkColumnLine(line with { Text = text });
            return;
        }
        if (SubItems.OnlyIds(text) is { Count: > 0 } ids)
        {
            // «8.3.-1» then «(8.3.-2, 8.3.-1, 8.3.-4)»: the ids of the row whose name follows, the bracketed ones its alternatives.
            if (pendingItems.Count == 0) pendingItemLines = line.Lines;
            else pendingItemLines = pendingItemLines.Span(line.Lines);
            pendingItems.AddRange(ids);
            return;
        }
        var lo = LevelOnly.Match(text);
        if (lo.Success || MisprintedLevels.Is(text))
        {
            if (pendingLinkLevel is not null || pendingUnreadLevel is not null)
                warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: link level {pendingLinkLevel?.ToString() ?? $"«{pendingUnreadLevel}»"} has no profession"));
            if (!lo.Success) UnreadLinkLevel(line with { Text = text });
            (pendingLinkLevel, pendingUnreadLevel, pendingLinkLines) = (lo.Success ? int.Parse(lo.Groups["l"].Value) : null, lo.Success ? null : text, line.Lines);
            return;
        }
        var lcn = LevelCodeName.Match(text);
        if (lcn.Success)
        {
            int? level = lcn.Groups["l"].Success ? int.Parse(lcn.Groups["l"].Value) : pendingLinkLevel;
            var code = lcn.Groups["c"].Value;
            if (code.Length > 10)
                warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: link code «{code}» has a five-digit group (typo?)"));
            AddLink(level, code, lcn.Groups["n"].Value, line);
            return;
        }
        var nl = NameLevel.Match(text);
        if (nl.Success && pendingLinkLevel is null)
        {
            AddLink(int.Parse(nl.Groups["l"].Value), null, nl.Groups["n"].Value, line);
            return;
        }
        AddLink(pendingLinkLevel, null, text, line);
    }

    private readonly List<LogicalLine> linkLevelLines = [];
    private readonly List<LogicalLine> linkNameLines = [];
    private readonly List<IReadOnlyList<string>> linkLevelItems = [];
    private readonly List<LinkDirection?> linkNameDirections = [];
    private static readonly Regex CodeThenName = new(@"^(?<c>\d{4,5}-\d-\d{3})\s*[-–]?\s*(?<n>.+)$", RegexOptions.Compiled);

    /// <summary>
    /// 2019–2022 links table: one row per card, the levels in one cell and the names in the next, one a line. A
    /// bracketed line («(общий профиль)») belongs to the name above it.
    /// </summary>
    private void AddLinkColumnLine(LogicalLine line)
    {
        var text = line.Text;
        if (SubItems.OnlyIds(text) is { Count: > 0 } ids)
        {
            // Sub-item ids in the level column: a bracketed line adds alternatives to the ids above it.
            if (text.StartsWith('(') && linkLevelLines.Count > 0 && linkLevelItems[^1].Count > 0)
            {
                linkLevelItems[^1] = [.. linkLevelItems[^1], .. ids];
                linkLevelLines[^1] = linkLevelLines[^1] with { Lines = linkLevelLines[^1].Lines.Span(line.Lines) };
            }
            else
            {
                linkLevelLines.Add(line with { Text = SubItems.Level(ids[0]).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                linkLevelItems.Add(ids);
            }
        }
        else if (LevelPiece.IsMatch(text) && !text.Contains(','))
        {
            linkLevelLines.Add(line);
            linkLevelItems.Add([]);
        }
        else if (MisprintedLevels.Is(text))
        {
            UnreadLinkLevel(line);
            linkLevelLines.Add(line);
            linkLevelItems.Add([]);
        }
        else if (text.StartsWith('(') && text.EndsWith(')') && linkNameLines.Count > 0)
            linkNameLines[^1] = new LogicalLine($"{linkNameLines[^1].Text} {text}", linkNameLines[^1].Lines.Span(line.Lines));
        else if (text is not ("-" or "–"))
        {
            linkNameLines.Add(line);
            linkNameDirections.Add(linkDirection);
        }
    }

    /// <summary>One link per name, paired with the level line in the same position, or with the only level printed.</summary>
    private void FlushLinkColumns()
    {
        if (linkLevelLines.Count == 0 && linkNameLines.Count == 0) return;
        var levels = linkLevelLines.Select(l => LevelPiece.Match(l.Text) is { Success: true } m ? int.Parse(m.Groups["l"].Value) : (int?)null).ToList();
        if (levels.Count > 1 && levels.Count != linkNameLines.Count)
            warnings.Add(new SourceWarning(linkLevelLines[0].Lines.First,
                $"{Ref}: the links table prints {levels.Count} levels for {linkNameLines.Count} names; paired in order, the last level repeated"));
        var rowItems = linkLevelItems.Select((ids, k) => ids.Count > 0 ? ItemsOfRow(ids, linkLevelLines[k].Lines) : []).ToList();
        for (var i = 0; i < linkNameLines.Count; i++)
        {
            var name = linkNameLines[i];
            var coded = CodeThenName.Match(name.Text);
            var code = coded.Success ? coded.Groups["c"].Value : null;
            var printed = (coded.Success ? coded.Groups["n"].Value : name.Text).Trim().TrimEnd(';', '.').Trim();
            if (levels.Count == 0)
            {
                // Under «Уровень выше» / «Деңгейі төмен» a row is a link with its direction and no level.
                if (linkNameDirections[i] is { } direction)
                    links.Add(new ProfessionLink(null, code, printed, name.Lines) { Direction = direction });
                else
                    warnings.Add(new SourceWarning(name.Lines.First, $"{Ref}: link row without a level: «{CardParser.Short(name.Text)}»"));
                continue;
            }
            var at = Math.Min(i, levels.Count - 1);
            var items = rowItems[at];
            links.Add(new ProfessionLink(levels[at], code, printed, linkLevelLines[at].Lines.Span(name.Lines))
            {
                Direction = linkNameDirections[i],
                Items = items,
                LevelPrinted = levels[at] is null ? linkLevelLines[at].Text : null,
            });
        }
        for (var i = linkNameLines.Count; i < levels.Count; i++)
            warnings.Add(new SourceWarning(linkLevelLines[i].Lines.First, $"{Ref}: link level {levels[i]?.ToString() ?? $"«{linkLevelLines[i].Text}»"} has no profession"));
        linkLevelLines.Clear();
        linkLevelItems.Clear();
        linkNameLines.Clear();
        linkNameDirections.Clear();
    }

    private void AddLink(int? level, string? code, string name, LogicalLine line)
    {
        var lines = pendingLinkLevel is not null || pendingUnreadLevel is not null ? pendingLinkLines.Span(line.Lines) : line.Lines;
        var levelPrinted = pendingUnreadLevel;
        pendingLinkLevel = null;
        pendingUnreadLevel = null;
        name = name.Trim().TrimEnd(';');
        IReadOnlyList<string> items = [];
        if (pendingItems.Count > 0)
        {
            items = ItemsOfRow(pendingItems, pendingItemLines);
            level ??= SubItems.Level(items[0]);
            lines = pendingItemLines.Span(lines);
            pendingItems.Clear();
        }
        if (level is null && linkDirection is null && levelPrinted is null)
        {
            warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: link row without a level: «{CardParser.Short(line.Text)}»"));
            return;
        }
        links.Add(new ProfessionLink(level, code, name, lines) { Direction = linkDirection, Items = items, LevelPrinted = level is null ? levelPrinted : null });
    }

    private void UnreadLinkLevel(LogicalLine line) =>
        warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: link level cell «{line.Text}» cannot be read as a level; its rows are kept with no level"));

    /// <summary>A row's sub-item ids as printed; one printed twice, or ids of several levels, is a source error worth a warning.</summary>
    private IReadOnlyList<string> ItemsOfRow(IReadOnlyList<string> ids, LineRange lines)
    {
        foreach (var twice in ids.GroupBy(SubItems.Key).Where(g => g.Count() > 1))
            warnings.Add(new SourceWarning(lines.First, $"{Ref}: the link row names sub-item {twice.First()} {twice.Count()} times: «{string.Join(", ", ids)}»"));
        if (ids.Select(SubItems.Level).Distinct().Count() > 1)
            warnings.Add(new SourceWarning(lines.First, $"{Ref}: the link row's sub-items are of several levels: «{string.Join(", ", ids)}»; the first one's level is the row's"));
        return [.. ids];
    }

    public Card Build(string stem)
    {
        CloseUnit();
        if (pendingLinkLevel is not null || pendingUnreadLevel is not null)
            warnings.Add(new SourceWarning(pendingLinkLines.First, $"{Ref}: link level {pendingLinkLevel?.ToString() ?? $"«{pendingUnreadLevel}»"} has no profession"));
        if (pendingItems.Count > 0)
            warnings.Add(new SourceWarning(pendingItemLines.First, $"{Ref}: link sub-items «{string.Join(", ", pendingItems)}» have no profession"));

        var groupCode = Code(LabelKind.GroupCode);
        var occupation = Code(LabelKind.OccupationCode);
        WordsInCode(LabelKind.GroupCode, "group code");
        WordsInCode(LabelKind.OccupationCode, "occupation code");
        // 75186 L158–164: a full occupation code under «Код группы» and a group code under «Код наименования занятия».
        if (groupCode is not null && occupation is not null && FullCode.IsMatch(groupCode) && GroupOnly.IsMatch(occupation))
            warnings.Add(new SourceWarning(fields[LabelKind.GroupCode][0].Lines.First,
                $"{Ref}: group code «{groupCode}» and occupation code «{occupation}» are printed in each other's row; kept as printed"));
        var nameField = Scalar(LabelKind.Name);
        if (nameField is not null && TextNorm.Key(nameField) == TextNorm.Key(Title)) nameField = null;
        var (level, levels, sublevels) = Level();
        var experience = Scalar(LabelKind.Experience);
        var nonFormal = Scalar(LabelKind.NonFormal);
        if (experience is not null && nonFormal is not null && experience.Length > 20 && TextNorm.Key(experience) == TextNorm.Key(nonFormal))
            warnings.Add(new SourceWarning(fields[LabelKind.NonFormal][0].Lines.First, $"{Ref}: non-formal education repeats the experience text"));
        var education = Scalar(LabelKind.Education) ?? "";
        if (experience is not null && EducationWording.IsMatch(TextNorm.Key(experience)))
            warnings.Add(new SourceWarning(fields[LabelKind.Experience][0].Lines.First, $"{Ref}: the experience field states an education requirement"));
        foreach (var c in competencies.Where(c => EducationWording.IsMatch(TextNorm.Key(c.Text))))
            warnings.Add(new SourceWarning(c.Lines.First, $"{Ref}: personal competency «{c.Text}» is an education requirement"));

        var functions = BuildLfs();
        var categories = BuildCategories();
        if (!LinksLabelSeen)
            warnings.Add(new SourceWarning(Lines.Last, $"{Ref}: no link table label found"));

        FlushLinkColumns();
        return new Card($"{stem}/{seq}", seq, Paragraph, Title, nameField, groupCode, occupation, level,
            Scalar(LabelKind.Sublevel) ?? sublevels, Scalar(LabelKind.TypicalQualification), education, experience,
            OtherNames(), Scalar(LabelKind.Purpose) ?? "", functions, categories, competencies, Standards.Build(),
            links, Lines, titleRepairs)
        {
            Levels = levels,
            Handbook = Scalar(LabelKind.Handbook),
            Items = LevelCellItems(),
        };
    }

    /// <summary>
    /// One block per qualification category (guide §5: card → category → extra abilities, requirements), in the
    /// order the education cell lists them (employment L1952–1958, «Санатсыз» included), then any category that
    /// only has ability blocks. The per-skill dash lists of one category are joined; each item keeps its lines.
    /// </summary>
    private IReadOnlyList<CategoryBlock> BuildCategories()
    {
        var withBlocks = Categories.Select(c => TextNorm.Key(c.Name)).ToHashSet();
        var order = new List<(string Key, string Name, string? Requirements, LineRange Lines)>();
        foreach (var line in fields.GetValueOrDefault(LabelKind.Education) ?? [])
        {
            var colon = line.Text.IndexOf(':');
            if (colon <= 0 || colon > 40) continue;
            var name = line.Text[..colon].Trim();
            var key = TextNorm.Key(name);
            if ((key == "санатсыз" || withBlocks.Contains(key)) && order.All(o => o.Key != key))
                order.Add((key, name, line.Text[(colon + 1)..].Trim(), line.Lines));
        }
        foreach (var c in Categories)
            if (order.All(o => o.Key != TextNorm.Key(c.Name))) order.Add((TextNorm.Key(c.Name), c.Name, null, c.Lines));
        return order.Select(o =>
        {
            var blocks = Categories.Where(c => TextNorm.Key(c.Name) == o.Key).ToList();
            var lines = blocks.Count == 0 ? o.Lines : blocks.Skip(1).Aggregate(blocks[0].Lines, (r, b) => r.Span(b.Lines));
            return new CategoryBlock(o.Name, o.Requirements, [.. blocks.SelectMany(b => b.Abilities.Build())], lines);
        }).ToList();
    }

    private IReadOnlyList<LaborFunction> BuildLfs()
    {
        var result = new List<LaborFunction>();
        var listedItems = listed.ToDictionary(p => p.Key, p => p.Value.Build());
        foreach (var lf in lfs)
        {
            var heading = string.Join(" ", lf.Title).Trim();
            // A list split by worker grade numbers each grade's part from 1: its Nth item need not be the Nth function.
            var fromList = listed[lf.Kind].Parts == 0 && lf.N >= 1 && lf.N <= listedItems[lf.Kind].Count ? listedItems[lf.Kind][lf.N - 1].Text : null;
            var titleText = heading.Length > 0 ? heading : fromList ?? "";
            // An LF whose heading was lost (ru reference-info ¶15/¶16) takes its title from the card's LF list, in order.
            if (heading.Length == 0 && fromList is not null)
                titleRepairs.Add(new Repair($"LaborFunctions[{result.Count}].Title", "LF list",
                    $"{lf.Kind} LF {lf.N} at L{lf.Lines.First} printed no heading; title from the list {listedItems[lf.Kind][lf.N - 1].Lines}"));
            if (heading.Length > 0 && fromList is not null)
            {
                ComparedLfs++;
                if (TextNorm.Key(heading).TrimEnd('.') != TextNorm.Key(fromList).TrimEnd('.'))
                    WordingDiffs.Add(new LfWordingDiff(lf.Lines.First, Ref, lf.Kind, lf.N, fromList, heading));
            }
            if (titleText.Length == 0)
                warnings.Add(new SourceWarning(lf.Lines.First, $"{Ref}: {lf.Kind} LF {lf.N} has no title"));
            var skills = new List<Skill>();
            var expected = 1;
            foreach (var u in lf.Skills)
            {
                var n = u.N ?? expected;
                if (u.N is null)
                    warnings.Add(new SourceWarning(u.Lines.First, $"{Ref}: {lf.Kind} LF {lf.N}: a skill without a heading; numbered {n} by position"));
                else if (u.N != expected)
                    warnings.Add(new SourceWarning(u.Lines.First, $"{Ref}: {lf.Kind} LF {lf.N}: skill {u.N} where {expected} was expected"));
                expected = n + 1;
                var abilities = u.Abilities.Build();
                var knowledge = u.Knowledge.Build();
                if (abilities.Count == 0)
                    warnings.Add(new SourceWarning(u.Lines.First, $"{Ref}: {lf.Kind} LF {lf.N} skill {n} has no abilities"));
                if (knowledge.Count == 0)
                    warnings.Add(new SourceWarning(u.Lines.First, $"{Ref}: {lf.Kind} LF {lf.N} skill {n} has no knowledge"));
                var span = abilities.Concat(knowledge).Aggregate(u.Lines, (r, item) => r.Span(item.Lines));
                lf.Lines = lf.Lines.Span(span);
                skills.Add(new Skill(n, string.Join(" ", u.Title).Trim(), abilities, knowledge, span));
            }
            for (var a = 0; a < skills.Count; a++)
                for (var b = a + 1; b < skills.Count; b++)
                    if (skills[a].Abilities.Count > 1 && skills[a].Abilities.Select(x => TextNorm.Key(x.Text)).SequenceEqual(skills[b].Abilities.Select(x => TextNorm.Key(x.Text))))
                        warnings.Add(new SourceWarning(skills[b].Lines.First, $"{Ref}: {lf.Kind} LF {lf.N} skills {skills[a].N} and {skills[b].N} print identical abilities"));
            result.Add(new LaborFunction(lf.Kind, lf.N, titleText, skills, lf.Lines));
        }
        foreach (var kind in listedItems.Keys)
        {
            var described = lfs.Count(l => l.Kind == kind);
            // A list split by worker grade names a function once per grade it belongs to: the longest part is the count.
            var count = listed[kind].Parts > 0 ? listed[kind].LongestPart : listedItems[kind].Count;
            // The 2019–2022 template often prints no list of labour functions at all; only a printed list is compared.
            if (described != count && !(appendixTemplate && count == 0))
                warnings.Add(new SourceWarning(Lines.First, $"{Ref}: {count} {kind} LFs listed, {described} described"));
        }
        return result;
    }

    private string? Scalar(LabelKind kind)
    {
        if (!fields.TryGetValue(kind, out var lines) || lines.Count == 0) return null;
        var sb = new System.Text.StringBuilder();
        foreach (var l in lines)
        {
            if (sb.Length > 0) sb.Append(sb[^1] == ':' ? ' ' : '\n');
            sb.Append(l.Text.Trim());
        }
        var text = sb.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A line of words in a code's value: an unknown label row glued to the code above it (192873 kaz/an020.md L382).</summary>
    private void WordsInCode(LabelKind kind, string what)
    {
        foreach (var line in fields.GetValueOrDefault(kind) ?? [])
            if (line.Text.Any(char.IsLetter) && !line.Text.Any(char.IsAsciiDigit))
                warnings.Add(new SourceWarning(line.Lines.First, $"{Ref}: the {what} value holds «{CardParser.Short(line.Text.Trim())}», which is no code; kept as printed"));
    }

    private string? Code(LabelKind kind)
    {
        var text = Scalar(kind);
        return text is null || text.Trim(Dashes).Length == 0 ? null : text;
    }

    private static readonly Regex FullCode = new(@"^\d{4}-\d-\d{3}$", RegexOptions.Compiled);
    private static readonly Regex GroupOnly = new(@"^\d{4}-\d$", RegexOptions.Compiled);

    private static readonly Regex FirstLevel = new(@"^\s*(?<l>[1-8])(?!\d)", RegexOptions.Compiled);

    /// <summary>
    /// One printed level: «7», «7 уровень», «6-деңгей», «ОРК 3», «5-6 уровни», «4.1» (a sub-level, kept as printed), with
    /// nothing else on its piece of the line.
    /// </summary>
    internal static readonly Regex LevelPiece = new(
        @"^\s*(?:(?:ОРК|СБШ|НРК|ҰБШ)\s*)?(?<l>[1-8])(?:\.(?<s>\d{1,2}))?(?:\s*[-–]\s*(?<h>[1-8])(?![.\d]))?(?![.\d])\s*(?:[-–]?\s*(?:уровень|уровни|уровня|деңгей\S*)\s*)?(?:(?:квалификации\s*)?(?:по\s*)?(?:ОРК|СБШ|НРК|ҰБШ)\s*)?[.;,]?\s*$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Parenthesised = new(@"\([^()]*\)", RegexOptions.Compiled);
    private static readonly Regex BracketedSublevels = new(@"\(\s*[1-8]\.\d{1,2}\.?(?:\s*[,;]\s*[1-8]\.\d{1,2}\.?)*\s*\)", RegexOptions.Compiled);
    private static readonly Regex SublevelToken = new(@"[1-8]\.\d{1,2}", RegexOptions.Compiled);

    /// <summary>
    /// A line of a level cell that opens with a sub-level and goes on with what it stands for: «4.1. – 2 категории;»,
    /// «5.3. – высшей категории», «8.3.-1 руководитель подразделения …» (the level, a dot, the sub-level, an optional
    /// «-N» variant). The level is the part before the first dot.
    /// </summary>
    private static readonly Regex SublevelLine = new(
        @"^\s*(?<t>(?<l>[1-8])\.(?<s>\d{1,2})\.?(?:-\d{1,2}\b)?)(?=\s|[-–—:;,.]|$)", RegexOptions.Compiled);

    /// <summary>
    /// The card's level and, when one cell prints several («5 уровень / 6 уровень», «4 уровень» and «5 уровень» on
    /// two lines), all of them in print order; sub-levels («4.1») as printed. A bracketed remark («(КС 4 - 5)») names
    /// another scale and is no level of the card.
    /// </summary>
    private (int? Level, IReadOnlyList<int> Levels, string? Sublevels) Level()
    {
        var text = Scalar(LabelKind.Level);
        var levels = new List<int>();
        var sublevels = new List<string>();
        // «4 (4.1., 4.2., 4.3.)» (131993 L209): the brackets list the level's sub-levels, not another scale.
        foreach (Match list in BracketedSublevels.Matches(text ?? ""))
            foreach (Match sub in SublevelToken.Matches(list.Value))
                sublevels.Add(sub.Value.TrimEnd('.'));
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var pieces = Parenthesised.Replace(raw, " ").Split(['/', ';', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => LevelPiece.Match(p)).ToList();
            if (pieces.Count == 0 || !pieces.All(m => m.Success)) break;
            foreach (var m in pieces)
            {
                var low = int.Parse(m.Groups["l"].Value);
                var high = m.Groups["h"].Success ? int.Parse(m.Groups["h"].Value) : low;
                for (var l = low; l <= high; l++) if (!levels.Contains(l)) levels.Add(l);
                if (m.Groups["s"].Success) sublevels.Add($"{low}.{m.Groups["s"].Value}");
            }
        }
        // A cell that lists sub-levels with their categories or posts, one a line; a heading line such as «Послесреднее
        // образование» may come before them.
        var described = sublevels.Count == 0 && levels.Count == 0
            ? (text ?? "").Split('\n').Select(l => SublevelLine.Match(l)).Where(m => m.Success).ToList()
            : [];
        foreach (var m in described)
        {
            var printed = m.Groups["t"].Value.TrimEnd('.', ' ');
            if (!sublevels.Contains(printed)) sublevels.Add(printed);
        }
        var first = text is null ? Match.Empty : FirstLevel.Match(text);
        int? level = first.Success ? int.Parse(first.Groups["l"].Value)
            : levels.Count > 0 ? levels[0]
            : described.Count > 0 ? int.Parse(described[0].Groups["l"].Value)
            : null;
        if (level is null)
            warnings.Add(new SourceWarning(fields.TryGetValue(LabelKind.Level, out var l) && l.Count > 0 ? l[0].Lines.First : Lines.First,
                $"{Ref}: no qualification level printed"));
        return (level, levels.Count > 1 ? levels : [], sublevels.Count > 0 ? string.Join(", ", sublevels) : null);
    }

    /// <summary>The sub-item ids the level cell numbers, one a line («8.3.-1 руководитель …;»), as printed.</summary>
    private IReadOnlyList<string> LevelCellItems() =>
        [.. (fields.GetValueOrDefault(LabelKind.Level) ?? []).Select(l => SubItems.LeadingId(l.Text)).OfType<string>()];

    private IReadOnlyList<OtherName> OtherNames()
    {
        var result = new List<OtherName>();
        foreach (var line in strayOtherNames.Concat(fields.GetValueOrDefault(LabelKind.OtherNames) ?? []))
        {
            var text = line.Text.Trim();
            var matches = OccupationCodeRx.Matches(text);
            if (matches.Count == 0)
            {
                var name = Tidy(text);
                if (name.Length > 0) result.Add(new OtherName(null, name, line.Lines));
                continue;
            }
            if (matches[0].Index > 0 && Tidy(text[..matches[0].Index]) is { Length: > 0 } lead)
                result.Add(new OtherName(null, lead, line.Lines));
            for (var k = 0; k < matches.Count; k++)
            {
                var end = k + 1 < matches.Count ? matches[k + 1].Index : text.Length;
                var name = Tidy(text[(matches[k].Index + matches[k].Length)..end]);
                result.Add(new OtherName(matches[k].Value, name, line.Lines));
            }
        }
        return result;
    }

    private static string Tidy(string text) => text.Trim().TrimStart(Dashes).TrimEnd(ItemEnd).Trim();

    // Trim sets as fields: a character list in the call allocates an array per call.
    private static readonly char[] ListEnd = ['.', ',', ';'];
    private static readonly char[] Dashes = ['-', '–', ' '];
    private static readonly char[] ItemEnd = [';', ',', '.', ' '];
}
