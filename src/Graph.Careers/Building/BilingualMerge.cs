using System.Text.RegularExpressions;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Editions;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Building;

/// <summary>A card with the document it was printed in.</summary>
internal sealed record CardRef(StandardDocument Doc, Card Card)
{
    public string SourceName => Doc.Source;
    public Language Language => Doc.Language;
}

/// <summary>The kk and/or ru editions of one standard.</summary>
internal sealed record StandardGroup(string Id, IReadOnlyList<StandardDocument> Docs);

/// <summary>A profession before link resolution: its cards (one per language) and its identity fields.</summary>
internal sealed record ProfessionDraft(
    string Id,
    StandardGroup Standard,
    IReadOnlyList<CardRef> Cards,
    int Level,
    string? GroupCode,
    string? OccupationCode)
{
    public string? TitleIn(Language language) => Cards.FirstOrDefault(c => c.Language == language)?.Card.Title;

    /// <summary>Titles and name fields: the names a link row or a ladder may rely on.</summary>
    public IEnumerable<string> PrimaryNames => Cards.SelectMany(c => new[] { c.Card.Title, c.Card.NameField })
        .OfType<string>().Where(n => n.Trim().Length > 0);

    /// <summary>
    /// Other names that denote this card and not another one: those printed without a code or with the card's own
    /// code (an other name with a different code names a different occupation, e.g. kk reference-info L960), and the
    /// handbook job name closing the typical-qualification field (insurance L370).
    /// </summary>
    public IEnumerable<string> SafeAliases => Cards.SelectMany(c =>
        c.Card.OtherNames.Where(o => o.Code is null || Codes.Normalize(o.Code) == OccupationCode).Select(o => o.Name)
            .Append(HandbookJobName(c.Card.TypicalQualification)).OfType<string>());

    private static string? HandbookJobName(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return null;
        var last = field.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is null || last.Any(char.IsDigit) || last.Split(' ').Length > 8) return null;
        return last.TrimEnd('.', ';');
    }
}

/// <summary>Occupation and group code shapes of the national classifier.</summary>
internal static partial class Codes
{
    [GeneratedRegex(@"^\d{4}-\d-\d{3}$")] private static partial Regex OccupationPattern();
    [GeneratedRegex(@"^\d{4}-\d$")] private static partial Regex GroupPattern();

    /// <summary>Printed code with spaces removed and dashes unified, or null when blank or «-».</summary>
    public static string? Normalize(string? code)
    {
        if (code is null) return null;
        var c = new string(code.Where(ch => !char.IsWhiteSpace(ch)).Select(ch => ch is '–' or '—' or '‑' ? '-' : ch).ToArray());
        return c.Trim('-').Length == 0 ? null : c;
    }

    public static bool IsOccupation(string? code) => code is not null && OccupationPattern().IsMatch(code);

    public static bool IsGroup(string? code) => code is not null && GroupPattern().IsMatch(code);
}

/// <summary>Groups documents into standards and pairs the kk and ru cards of each standard into professions.</summary>
internal static class BilingualMerge
{
    /// <summary>
    /// Standards: the Kazakh and Russian editions <see cref="TwinFinder"/> pairs by content (the same act folder and
    /// appendix, the same standard code, or the same approving order with the same card structure) are one standard;
    /// every other standard document stands alone. File names play no part: the documents are put in a content order
    /// first, and the id comes from the content (<see cref="StandardIds"/>).
    /// </summary>
    public static IReadOnlyList<StandardGroup> GroupStandards(IEnumerable<StandardDocument> documents)
    {
        var docs = documents.Where(d => d.Kind == DocumentKind.ProfessionalStandard).OrderBy(d => d, ContentOrder.Instance).ToArray();
        var pairs = TwinFinder.Find(docs);
        var paired = pairs.SelectMany(p => new[] { p.Kk, p.Ru }).ToHashSet();
        var members = pairs.Select(p => new[] { docs[p.Kk], docs[p.Ru] })
            .Concat(Enumerable.Range(0, docs.Length).Where(i => !paired.Contains(i)).Select(i => new[] { docs[i] }))
            .Select(g => g.OrderBy(d => d.Language).ToArray())
            .OrderBy(g => g[0], ContentOrder.Instance)
            .ToList();
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<StandardGroup>();
        foreach (var g in members)
        {
            var id = StandardIds.Of(g);
            // Two standards with the same printed identity (a reprint, a misprinted code) stay apart, numbered in content order.
            taken[id] = taken.TryGetValue(id, out var n) ? n + 1 : 1;
            groups.Add(new StandardGroup(taken[id] == 1 ? id : $"{id}~{taken[id]}", g));
        }
        return groups.OrderBy(g => g.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>An order of documents by what they print (never by file name), so that grouping does not depend on naming.</summary>
    private sealed class ContentOrder : IComparer<StandardDocument>
    {
        public static readonly ContentOrder Instance = new();

        public int Compare(StandardDocument? a, StandardDocument? b)
        {
            if (ReferenceEquals(a, b)) return 0;
            if (a is null || b is null) return a is null ? -1 : 1;
            int c;
            if ((c = a.Language.CompareTo(b.Language)) != 0) return c;
            if ((c = string.CompareOrdinal(TwinFinder.NormaliseCode(a.Code), TwinFinder.NormaliseCode(b.Code))) != 0) return c;
            if ((c = string.CompareOrdinal(a.Act?.Appendix, b.Act?.Appendix)) != 0) return c;
            if ((c = string.CompareOrdinal(a.Title, b.Title)) != 0) return c;
            if ((c = string.CompareOrdinal(a.Approval, b.Approval)) != 0) return c;
            if ((c = string.CompareOrdinal(a.Version, b.Version)) != 0) return c;
            if ((c = a.Cards.Count.CompareTo(b.Cards.Count)) != 0) return c;
            return string.CompareOrdinal(string.Join('\n', a.Cards.Select(x => x.Title)), string.Join('\n', b.Cards.Select(x => x.Title)));
        }
    }

    public static StandardNode ToNode(StandardGroup g)
    {
        var kk = g.Docs.FirstOrDefault(d => d.Language == Language.Kk);
        var ru = g.Docs.FirstOrDefault(d => d.Language == Language.Ru);
        return new StandardNode(
            g.Id,
            g.Docs.Select(d => d.Code?.Trim()).FirstOrDefault(c => !string.IsNullOrEmpty(c)),
            kk?.Title,
            ru?.Title,
            g.Docs.SelectMany(d => d.Oked).Distinct().ToArray(),
            g.Docs.Select(d => d.Version).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
            Approval(g.Docs),
            g.Docs.Any(d => d.Repealed),
            g.Docs.Select(d => d.Source).ToArray())
        {
            ApprovedOn = g.Docs.Select(d => d.ApprovedOn).Where(d => d is not null).Max(),
            // The act folder's meta.yaml speaks for both texts of the act: one relation, not one per language.
            Relations = [.. g.Docs.SelectMany(d => d.Relations).Distinct()],
        };
    }

    /// <summary>
    /// The approving order as printed, preferring an edition that prints its date. A text that leaves the date blank
    /// («2019 жылғы « » №», employment 2019 kk L26) is shown as printed with the date of the act folder's meta.yaml
    /// beside it, so no reader sees a blank where the date is known; the printed text is never replaced.
    /// </summary>
    private static string? Approval(IReadOnlyList<StandardDocument> docs)
    {
        var printed = docs.Select(d => d.Approval).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        var dated = printed.FirstOrDefault(v => EditionText.ApprovalDate(v) is not null);
        if (dated is not null) return dated;
        var date = docs.Select(d => d.ApprovedOn).FirstOrDefault(d => d is not null);
        var day = date?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return printed.FirstOrDefault() is { } blank
            ? day is null ? blank : $"{blank} [date left blank in the text; {day} from meta.yaml]"
            : day is null ? null : $"{day} (from meta.yaml; the text prints no order line)";
    }

    /// <summary>
    /// Pairs cards by position and checks level and occupation code (reference-info: card order, level, code;
    /// insurance: ¶, level, code — the same order in both files). A positional pair that disagrees is not merged;
    /// the cards are then paired by (level, code) where that is unique, or kept apart with a warning.
    /// </summary>
    public static IReadOnlyList<ProfessionDraft> Professions(StandardGroup group, List<string> warnings)
    {
        var lists = group.Docs.Select(d => d.Cards.OrderBy(c => c.Seq).Select(c => new CardRef(d, c)).ToList()).ToArray();
        var pairs = new List<List<CardRef>>();
        if (lists.Length == 1) pairs.AddRange(lists[0].Select(c => new List<CardRef> { c }));
        else
        {
            var (a, b) = (lists[0], lists[1]);
            var usedB = new bool[b.Count];
            for (var i = 0; i < a.Count; i++)
            {
                var j = i < b.Count && !usedB[i] && Compatible(a[i].Card, b[i].Card) ? i : -1;
                if (j < 0)
                {
                    var options = Enumerable.Range(0, b.Count).Where(k => !usedB[k] && Compatible(a[i].Card, b[k].Card)
                        && Codes.Normalize(a[i].Card.OccupationCode) is not null).ToArray();
                    j = options.Length == 1 ? options[0] : -1;
                    warnings.Add(j < 0
                        ? $"{a[i].Card.Id}: no matching card in {b.FirstOrDefault()?.SourceName}; kept as a single-language profession"
                        : $"{a[i].Card.Id}: paired with {b[j].Card.Id} by level and code, not by position");
                }
                if (j >= 0) { usedB[j] = true; pairs.Add([a[i], b[j]]); }
                else pairs.Add([a[i]]);
            }
            for (var k = 0; k < b.Count; k++)
                if (!usedB[k])
                {
                    warnings.Add($"{b[k].Card.Id}: no matching card in {a.FirstOrDefault()?.SourceName}; kept as a single-language profession");
                    pairs.Add([b[k]]);
                }
        }
        var drafts = new List<ProfessionDraft>();
        var n = 0;
        foreach (var cards in pairs)
        {
            n++;
            var level = cards.Select(c => c.Card.Level).FirstOrDefault(l => l is not null);
            if (level is null) warnings.Add($"{cards[0].Card.Id}: no qualification level printed; level 0 used");
            var occupation = cards.Select(c => Codes.Normalize(c.Card.OccupationCode)).FirstOrDefault(Codes.IsOccupation);
            var group0 = cards.Select(c => Codes.Normalize(c.Card.GroupCode)).FirstOrDefault(Codes.IsGroup)
                ?? cards.Select(c => Codes.Normalize(c.Card.OccupationCode)).FirstOrDefault(Codes.IsGroup);
            drafts.Add(new ProfessionDraft($"{group.Id}/{n}", group, cards, level ?? 0, group0, occupation));
            // A card printed at several levels (2019–2022 template, «5 уровень / 6 уровень») is the profession at each
            // of them: one node per further level, «@level» after the card's id, sharing the card's content.
            var levels = cards.Select(c => c.Card.Levels).FirstOrDefault(l => l.Count > 1) ?? [];
            foreach (var other in levels.Where(l => l != level))
                drafts.Add(new ProfessionDraft($"{group.Id}/{n}@{other}", group, cards, other, group0, occupation));
        }
        return drafts;
    }

    private static bool Compatible(Card a, Card b) =>
        (a.Level is null || b.Level is null || a.Level == b.Level)
        && Same(Codes.Normalize(a.OccupationCode), Codes.Normalize(b.OccupationCode));

    private static bool Same(string? a, string? b) =>
        !Codes.IsOccupation(a) || !Codes.IsOccupation(b) || a == b;

    internal static string NameKey(string name) => MatchText.Key(name);
}
