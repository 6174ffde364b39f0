namespace CareerGraph.Standards.Alignment;

using CareerGraph.Standards.Export;
using CareerGraph.Standards.Model;

/// <summary>
/// Aligns the Kazakh and Russian versions of the same standard (guide §4) and lets each repair the other. Pure:
/// documents in, documents out, in the same order; documents without a twin come back unchanged. Twins are found
/// by <see cref="TwinFinder"/>, their cards paired by <see cref="CardMatcher"/>.
/// <list type="bullet">
/// <item>A language-neutral field missing on one side is filled from the other and recorded as a
/// <see cref="Repair"/> naming the twin's source file: card group code, occupation code and level (ru
/// reference-info ¶15 lost its header table, kk L5261–5278 holds it); document code, OKED and version (the ru
/// reference-info file ends at chapter 4's heading).</item>
/// <item>A link code printed differently in the two languages (kk «11329-1-050» against ru «1329-1-050») is kept as
/// printed on both sides: a source error is reported, never corrected. The warning on the side whose code names no
/// card of its document says which code the twin prints; the link resolver decides what the row points to.</item>
/// <item>Links are compared by the card they resolve to (<see cref="LinkTargets"/>), not by row position.</item>
/// <item>Disagreements are kept as printed and reported as warnings on both documents: standard code, OKED, card
/// codes, levels, card counts, labour-function, skill, ability, knowledge and link counts, cards without a twin.
/// Document-level warnings carry line 1, card-level ones the card's (or the link row's) first line.</item>
/// </list>
/// Texts (titles, names, typical qualification) are never copied across languages.
/// </summary>
public static class BilingualAligner
{
    public static IReadOnlyList<StandardDocument> Align(IReadOnlyList<StandardDocument> documents)
    {
        var result = documents.ToArray();
        foreach (var pair in TwinFinder.Find(documents))
            (result[pair.Kk], result[pair.Ru]) = AlignPair(result[pair.Kk], result[pair.Ru]);
        return result;
    }

    public static (StandardDocument Kk, StandardDocument Ru) AlignPair(StandardDocument kk, StandardDocument ru)
    {
        var k = new Side(kk);
        var r = new Side(ru);
        FillDocument(k, r);
        FillDocument(r, k);

        if (Code(kk.Code) is { } kc && Code(ru.Code) is { } rc && kc != rc)
        {
            k.Warn(1, $"standard code {kc} here but {rc} in the Russian version {ru.Source}");
            r.Warn(1, $"standard code {rc} here but {kc} in the Kazakh version {kk.Source}");
        }
        if (kk.Oked.Count > 0 && ru.Oked.Count > 0 && !kk.Oked.Select(Code).SequenceEqual(ru.Oked.Select(Code)))
        {
            k.Warn(1, $"OKED {string.Join(", ", kk.Oked)} here but {string.Join(", ", ru.Oked)} in the Russian version {ru.Source}");
            r.Warn(1, $"OKED {string.Join(", ", ru.Oked)} here but {string.Join(", ", kk.Oked)} in the Kazakh version {kk.Source}");
        }
        if (kk.Cards.Count != ru.Cards.Count)
        {
            k.Warn(FirstLine(kk), $"{kk.Cards.Count} cards here but {ru.Cards.Count} in the Russian version {ru.Source}");
            r.Warn(FirstLine(ru), $"{ru.Cards.Count} cards here but {kk.Cards.Count} in the Kazakh version {kk.Source}");
        }

        var pairs = CardMatcher.Match(kk.Cards, ru.Cards);
        foreach (var pair in pairs)
        {
            if (pair is { Kk: { } a, Ru: { } b }) AlignCards(k, a, r, b);
            else if (pair.Kk is { } onlyKk) k.Warn(kk.Cards[onlyKk].Lines.First, $"card {Name(kk.Cards[onlyKk])} has no twin in {ru.Source}");
            else if (pair.Ru is { } onlyRu) r.Warn(ru.Cards[onlyRu].Lines.First, $"card {Name(ru.Cards[onlyRu])} has no twin in {kk.Source}");
        }
        // Link codes are checked once every card has its codes, so a repaired card code can resolve a link.
        foreach (var pair in pairs)
            if (pair is { Kk: { } a, Ru: { } b }) AlignLinkCodes(k, a, r, b);
        var kkToRu = pairs.Where(p => p is { Kk: not null, Ru: not null }).ToDictionary(p => p.Kk!.Value, p => p.Ru!.Value);
        foreach (var pair in pairs)
            if (pair is { Kk: { } a, Ru: { } b }) CompareLinkTargets(k, a, r, b, kkToRu);

        return (k.Build(), r.Build());
    }

    private static void FillDocument(Side target, Side from)
    {
        var doc = target.Document;
        var twin = from.Original;
        if (string.IsNullOrWhiteSpace(doc.Code) && !string.IsNullOrWhiteSpace(twin.Code))
        {
            target.Document = doc = doc with { Code = twin.Code };
            target.DocumentRepairs.Add(new Repair("Code", twin.Source, twin.Code));
        }
        if (doc.Oked.Count == 0 && twin.Oked.Count > 0)
        {
            target.Document = doc = doc with { Oked = twin.Oked };
            target.DocumentRepairs.Add(new Repair("Oked", twin.Source, string.Join(", ", twin.Oked)));
        }
        if (string.IsNullOrWhiteSpace(doc.Version) && !string.IsNullOrWhiteSpace(twin.Version))
        {
            target.Document = doc with { Version = twin.Version };
            target.DocumentRepairs.Add(new Repair("Version", twin.Source, twin.Version));
        }
    }

    private static void AlignCards(Side k, int ki, Side r, int ri)
    {
        FillCard(k, ki, r, ri);
        FillCard(r, ri, k, ki);
        var a = k.Cards[ki];
        var b = r.Cards[ri];

        void Disagree(string what, string kkValue, string ruValue)
        {
            k.Warn(a.Lines.First, $"{what} {kkValue} here but {ruValue} in the Russian card {Name(b)} ({r.Original.Source} {b.Lines})");
            r.Warn(b.Lines.First, $"{what} {ruValue} here but {kkValue} in the Kazakh card {Name(a)} ({k.Original.Source} {a.Lines})");
        }

        if (Code(a.GroupCode) is { } ga && Code(b.GroupCode) is { } gb && ga != gb) Disagree("group code", ga, gb);
        if (Code(a.OccupationCode) is { } oa && Code(b.OccupationCode) is { } ob && oa != ob) Disagree("occupation code", oa, ob);
        if (a.Level is { } la && b.Level is { } lb && la != lb) Disagree("level", la.ToString(), lb.ToString());
        if (a.LaborFunctions.Count != b.LaborFunctions.Count)
            Disagree("labour-function count", a.LaborFunctions.Count.ToString(), b.LaborFunctions.Count.ToString());
        else
        {
            for (var i = 0; i < a.LaborFunctions.Count; i++)
            {
                var (fa, fb) = (a.LaborFunctions[i], b.LaborFunctions[i]);
                // LF kinds match one to one too (guide §4.1): mandatory/additional decides the (kind, n) key of every skill.
                if (fa.Kind != fb.Kind) Disagree($"kind of labour function {i + 1}", fa.Kind.ToString(), fb.Kind.ToString());
                if (fa.Skills.Count != fb.Skills.Count)
                {
                    Disagree($"skill count of labour function {i + 1}", fa.Skills.Count.ToString(), fb.Skills.Count.ToString());
                    continue;
                }
                // Item counts of the same skill expose merged, split or lost items in one language (guide §4.1).
                for (var j = 0; j < fa.Skills.Count; j++)
                {
                    var (sa, sb) = (fa.Skills[j], fb.Skills[j]);
                    if (sa.Abilities.Count != sb.Abilities.Count)
                        Disagree($"ability count of {fa.Kind} function {fa.N} skill {sa.N}", sa.Abilities.Count.ToString(), sb.Abilities.Count.ToString());
                    if (sa.Knowledge.Count != sb.Knowledge.Count)
                        Disagree($"knowledge count of {fa.Kind} function {fa.N} skill {sa.N}", sa.Knowledge.Count.ToString(), sb.Knowledge.Count.ToString());
                }
            }
        }
        if (a.Links.Count != b.Links.Count) Disagree("link count", a.Links.Count.ToString(), b.Links.Count.ToString());
    }

    private static void FillCard(Side target, int ti, Side from, int fi)
    {
        var card = target.Cards[ti];
        var twin = from.Original.Cards[fi];
        var repairs = new List<Repair>();
        string Detail(string value) => $"{value} from {twin.Lines} {Name(twin)}";
        if (Code(card.GroupCode) is null && Code(twin.GroupCode) is { } group)
        {
            card = card with { GroupCode = group };
            repairs.Add(new Repair(nameof(Card.GroupCode), from.Original.Source, Detail(group)));
        }
        if (Code(card.OccupationCode) is null && Code(twin.OccupationCode) is { } occupation)
        {
            card = card with { OccupationCode = occupation };
            repairs.Add(new Repair(nameof(Card.OccupationCode), from.Original.Source, Detail(occupation)));
        }
        if (card.Level is null && twin.Level is { } level)
        {
            card = card with { Level = level };
            repairs.Add(new Repair(nameof(Card.Level), from.Original.Source, Detail(level.ToString())));
        }
        if (repairs.Count > 0) target.Cards[ti] = card with { Repairs = [.. card.Repairs, .. repairs] };
    }

    private static void AlignLinkCodes(Side k, int ki, Side r, int ri)
    {
        var a = k.Cards[ki];
        var b = r.Cards[ri];
        if (a.Links.Count != b.Links.Count) return;
        for (var i = 0; i < a.Links.Count; i++)
        {
            if (Code(a.Links[i].Code) is not { } ca || Code(b.Links[i].Code) is not { } cb || ca == cb) continue;
            bool kkResolves = k.KnowsCode(ca), ruResolves = r.KnowsCode(cb);
            if (ruResolves && !kkResolves)
                k.Warn(a.Links[i].Lines.First, $"link code «{ca}» kept as printed: no card here has it; the Russian card {Name(b)} prints {cb}, which does ({r.Original.Source} {b.Links[i].Lines})");
            else if (kkResolves && !ruResolves)
                r.Warn(b.Links[i].Lines.First, $"link code «{cb}» kept as printed: no card here has it; the Kazakh card {Name(a)} prints {ca}, which does ({k.Original.Source} {a.Links[i].Lines})");
            else
            {
                k.Warn(a.Links[i].Lines.First, $"link code {ca} here but {cb} in the Russian card {Name(b)} ({r.Original.Source} {b.Links[i].Lines})");
                r.Warn(b.Links[i].Lines.First, $"link code {cb} here but {ca} in the Kazakh card {Name(a)} ({k.Original.Source} {a.Links[i].Lines})");
            }
        }
    }

    /// <summary>
    /// Links are compared by the card they resolve to, never by row position (insurance prints them in a different
    /// order in each language, guide §4.2). A target resolved on one side only is accepted when the other side has an
    /// unresolved row of the same level (a translated alias such as kk «сақтандырудағы тәуекел менеджері» for
    /// «Риск-менеджер»); otherwise both cards get a warning.
    /// </summary>
    private static void CompareLinkTargets(Side k, int ki, Side r, int ri, IReadOnlyDictionary<int, int> kkToRu)
    {
        var a = k.Cards[ki];
        var b = r.Cards[ri];
        // Both sides in the Russian card index space.
        var kkTargets = a.Links.Select(l => LinkTargets.Resolve(k.Cards, l) is { } t && kkToRu.TryGetValue(t, out var m) ? m : (int?)null).ToList();
        var ruTargets = b.Links.Select(l => LinkTargets.Resolve(r.Cards, l)).ToList();
        Unmatched(r, b, ruTargets, k, a, kkTargets, "Kazakh");
        Unmatched(k, a, kkTargets, r, b, ruTargets, "Russian");
    }

    private static void Unmatched(Side has, Card hasCard, List<int?> hasTargets, Side other, Card otherCard, List<int?> otherTargets, string otherLanguage)
    {
        var absorbed = new HashSet<int>();
        for (var i = 0; i < hasCard.Links.Count; i++)
        {
            if (hasTargets[i] is not { } target || otherTargets.Contains(target)) continue;
            var level = hasCard.Links[i].Level;
            var alias = Enumerable.Range(0, otherCard.Links.Count)
                .FirstOrDefault(j => otherTargets[j] is null && !absorbed.Contains(j) && otherCard.Links[j].Level == level, -1);
            if (alias >= 0)
            {
                absorbed.Add(alias);
                continue;
            }
            has.Warn(hasCard.Links[i].Lines.First,
                $"link «{hasCard.Links[i].Name}» ({Describe(hasCard.Links[i])}) has no counterpart in the {otherLanguage} card {Name(otherCard)} ({other.Original.Source} {otherCard.Lines})");
        }
    }

    private static string? Code(string? code) => TwinFinder.NormaliseCode(code);

    private static string Describe(ProfessionLink link) =>
        link.Level is { } level ? $"level {level}" : link.Direction is { } d ? $"{ExtractFormat.Spell(d)}, no level" : "no level";

    private static string Name(Card card) => card.Paragraph is { } p ? $"¶{p} «{card.Title}»" : $"«{card.Title}»";

    private static int FirstLine(StandardDocument doc) => doc.Cards.Count > 0 ? doc.Cards[0].Lines.First : 1;

    /// <summary>One side of a pair while it is being aligned: the original, and the changes so far.</summary>
    private sealed class Side(StandardDocument original)
    {
        public StandardDocument Original { get; } = original;
        public StandardDocument Document { get; set; } = original;
        public Card[] Cards { get; } = [.. original.Cards];
        public List<Repair> DocumentRepairs { get; } = [];
        private readonly List<SourceWarning> _warnings = [];

        public void Warn(int line, string message) => _warnings.Add(new SourceWarning(line, message));

        public bool KnowsCode(string code) => Cards.Any(c => Code(c.OccupationCode) == code);

        public StandardDocument Build() => Document with
        {
            Cards = Cards,
            Warnings = [.. Document.Warnings, .. _warnings],
            Repairs = [.. Document.Repairs, .. DocumentRepairs],
        };
    }
}
