using System.Text.RegularExpressions;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;

namespace CareerGraph.Careers.Building;

/// <summary>An external link target before it becomes a node: printed name, level, language.</summary>
internal sealed record ExternalTarget(string Key, string Name, int Level, Language Language)
{
    public string Id => $"external:{Level}:{MatchText.Hash(Key)}";
}

/// <summary>A resolved row: a draft index or an external target (neither for ambiguous or self rows).</summary>
internal sealed record ResolvedRow(int From, LinkResolution Report, int? Draft, ExternalTarget? External);

/// <summary>
/// Resolves printed link rows to cards. Order of evidence: the sub-item id a card numbers (same standard), occupation code + level (codes alone are not unique:
/// 4224-5-003 is printed at levels 3 and 4), a one-character code misprint when the repaired code is unique,
/// then the name at the printed level — exact over titles and safe aliases in both languages, a parenthesised job
/// name, then near-identical stems. Anything else becomes an external target or, when two cards fit, is reported
/// as ambiguous and left out; a row is never resolved to a guess.
/// </summary>
internal sealed partial class LinkResolver
{
    private const double FuzzyThreshold = 0.6;
    private const double FuzzyMargin = 0.15;

    private readonly IReadOnlyList<ProfessionDraft> _drafts;
    private readonly Dictionary<string, List<int>> _byCode = new(StringComparer.Ordinal);
    private readonly (string Key, HashSet<string> Stems)[][] _names;
    private readonly Dictionary<string, string> _externalAlias = new(StringComparer.Ordinal);

    public LinkResolver(IReadOnlyList<ProfessionDraft> drafts, CareerGraphOptions options)
    {
        _drafts = drafts;
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i].OccupationCode is { } code)
                (_byCode.TryGetValue(code, out var list) ? list : _byCode[code] = []).Add(i);
        _names = drafts.Select(d => d.PrimaryNames.Concat(d.SafeAliases)
            .Select(n => (MatchText.Key(n), MatchText.Stems(n).ToHashSet(StringComparer.Ordinal)))
            .Where(n => n.Item1.Length > 0).DistinctBy(n => n.Item1).ToArray()).ToArray();
        foreach (var group in options.ExternalAliases)
        {
            var keys = group.Select(MatchText.Key).Where(k => k.Length > 0).ToArray();
            foreach (var k in keys) _externalAlias[k] = keys[0];
        }
    }

    public ResolvedRow Resolve(int from, CardRef card, ProfessionLink row)
    {
        var code = Codes.Normalize(row.Code);
        var notes = new List<string>();
        if (row.Items.Count > 0 && ResolveItems(from, row, notes) is { } numbered)
            return numbered == from ? Row(LinkOutcome.SelfLink, null, 0, notes) : Row(LinkOutcome.BySubItem, numbered, 0.95, notes);
        if (code is not null)
        {
            var byCode = ResolveCode(from, code, row.Level, notes, out var codeCandidates);
            if (byCode is not null) return byCode.Value.Draft is { } d && d == from
                ? Row(LinkOutcome.SelfLink, null, 0, notes)
                : Row(byCode.Value.Outcome, byCode.Value.Draft, byCode.Value.Confidence, notes, codeCandidates);
            if (codeCandidates.Count > 0) return Row(LinkOutcome.Ambiguous, null, 0, notes, codeCandidates);
        }
        return ResolveName(from, row, notes);

        // A row the parser had to repair (kk reference-info L6661 «11329-1-050») keeps the parser's warning and, when
        // it resolved to a card, a confidence below that of a clean row.
        ResolvedRow Row(LinkOutcome outcome, int? draft, double confidence, List<string> n, IReadOnlyList<string>? candidates = null,
            ExternalTarget? external = null)
        {
            var warnings = card.Doc.Warnings.Where(w => w.Line >= row.Lines.First && w.Line <= row.Lines.Last)
                .Select(w => $"L{w.Line}: {w.Message}").ToArray();
            if (warnings.Length > 0 && draft is not null) confidence = Math.Min(confidence, 0.9);
            if (draft is { } target && row.Direction is { } direction && DirectionDisagrees(direction, _drafts[from].Level, _drafts[target].Level))
                n.Add($"printed under «{(direction == LinkDirection.Up ? "up" : "down")}», the card is at level {_drafts[target].Level}, this one at {_drafts[from].Level}");
            return new(from, new LinkResolution(card.SourceName, row.Lines, card.Card.Id, _drafts[from].Id, row.Level, row.Code?.Trim(),
                    row.Name.Trim(), outcome, draft is { } t ? _drafts[t].Id : external?.Id, confidence, string.Join("; ", n),
                    candidates ?? [], warnings) { Direction = row.Direction, LevelPrinted = row.LevelPrinted },
                draft, external);
        }

        ResolvedRow ResolveName(int fromDraft, ProfessionLink r, List<string> n)
        {
            var key = MatchText.Key(r.Name);
            var sameStandard = Enumerable.Range(0, _drafts.Count)
                .Where(i => _drafts[i].Standard == _drafts[fromDraft].Standard).ToArray();
            // A row under a direction heading prints no level: the cards of its own standard at any level.
            var atLevel = r.Level is null ? sameStandard : sameStandard.Where(i => _drafts[i].Level == r.Level).ToArray();

            var exact = atLevel.Where(i => _names[i].Any(x => x.Key == key)).ToArray();
            var confidence = 0.95;
            if (exact.Length == 0 && r.Level is not null)
            {
                var elsewhere = Enumerable.Range(0, _drafts.Count)
                    .Where(i => _drafts[i].Standard != _drafts[fromDraft].Standard && _drafts[i].Level == r.Level
                                && _names[i].Any(x => x.Key == key)).ToArray();
                if (elsewhere.Length > 0) { exact = elsewhere; confidence = 0.85; n.Add("name found in another standard"); }
            }
            if (exact.Length == 1)
                return exact[0] == fromDraft
                    ? Row(LinkOutcome.SelfLink, null, 0, n)
                    : Row(LinkOutcome.ByName, exact[0], confidence, n);
            if (exact.Length > 1) return Row(LinkOutcome.Ambiguous, null, 0, n, Describe(exact));

            // The printed name is a card of this standard at another level: the link means that profession at a
            // level with no card (employment ¶9 → «…басшысы» (7)), not a similar-sounding card at this level.
            var otherLevel = r.Level is null ? [] : sameStandard.Where(i => _names[i].Any(x => x.Key == key)).ToArray();
            if (otherLevel.Length > 0)
            {
                n.Add($"the name is {string.Join(", ", Describe(otherLevel))}; no card at level {r.Level}");
                return External(r, n);
            }

            var inner = Parenthesised().Matches(r.Name).Select(m => MatchText.Key(m.Groups[1].Value)).Where(k => k.Length > 0).ToHashSet();
            var byInner = atLevel.Where(i => _names[i].Any(x => inner.Contains(x.Key))).ToArray();
            if (byInner.Length == 1)
            {
                n.Add("matched by the job name in parentheses");
                return Row(LinkOutcome.ByName, byInner[0], 0.85, n);
            }

            var stems = MatchText.Stems(r.Name).ToHashSet(StringComparer.Ordinal);
            var scored = atLevel.Where(i => i != fromDraft)
                .Select(i => (Draft: i, Score: _names[i].Select(x => Fuzzy(stems, x.Stems)).DefaultIfEmpty(0).Max()))
                .Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Draft).ToArray();
            if (scored.Length > 0 && scored[0].Score >= FuzzyThreshold)
            {
                var close = scored.Where(s => s.Score > scored[0].Score - FuzzyMargin).ToArray();
                if (close.Length > 1)
                    return Row(LinkOutcome.Ambiguous, null, 0, n, Describe(close.Select(c => c.Draft).ToArray()));
                n.Add($"name similarity {scored[0].Score:0.00}");
                return Row(LinkOutcome.ByFuzzyName, scored[0].Draft, Math.Round(0.5 + 0.4 * scored[0].Score, 2), n);
            }
            return External(r, n);
        }

        ResolvedRow External(ProfessionLink r, List<string> n)
        {
            if (r.Level is not { } level)
            {
                // An external node needs a level; inventing one would put the profession on the wrong rung.
                n.Add("no card of this standard has the name, and the row prints no level");
                return Row(LinkOutcome.Unresolved, null, 0, n);
            }
            var key = MatchText.Key(r.Name);
            var target = new ExternalTarget(_externalAlias.GetValueOrDefault(key, key), r.Name.Trim(), level, card.Language);
            return Row(LinkOutcome.External, null, 0.6, n, external: target);
        }
    }

    private static bool DirectionDisagrees(LinkDirection direction, int from, int to) =>
        direction == LinkDirection.Up ? to < from : to > from;

    /// <summary>
    /// A row naming its target by sub-item ids («8.3.-1», then «(8.3.-2, 8.3.-1, 8.3.-4)»): the card of its own
    /// standard that numbers the first id in its level cell or passport row. The other ids are checked and any that
    /// no card numbers, or that another card numbers, is noted; an id no card numbers leaves the row to its name.
    /// </summary>
    private int? ResolveItems(int from, ProfessionLink row, List<string> notes)
    {
        int[] Numbering(string id)
        {
            var key = SubItems.Key(id);
            return Enumerable.Range(0, _drafts.Count)
                .Where(i => _drafts[i].Standard == _drafts[from].Standard
                            && _drafts[i].Cards.Any(c => c.Card.Items.Any(own => SubItems.Key(own) == key)))
                .ToArray();
        }

        var main = Numbering(row.Items[0]);
        if (main.Length != 1)
        {
            notes.Add(main.Length == 0
                ? $"sub-item {row.Items[0]} is numbered by no card of this standard"
                : $"sub-item {row.Items[0]} is numbered by several cards: {string.Join(", ", Describe(main))}");
            return null;
        }
        var unnumbered = new List<string>();
        foreach (var id in row.Items.Skip(1).DistinctBy(SubItems.Key).Where(id => SubItems.Key(id) != SubItems.Key(row.Items[0])))
        {
            var at = Numbering(id);
            if (at.Length == 0) unnumbered.Add(id);
            else if (!at.Contains(main[0])) notes.Add($"sub-item {id} is {string.Join(", ", Describe(at))}");
        }
        if (unnumbered.Count > 0) notes.Add($"sub-item{(unnumbered.Count == 1 ? "" : "s")} {string.Join(", ", unnumbered)} numbered by no card");
        notes.Add($"sub-item {row.Items[0]} is numbered by {_drafts[main[0]].Cards[0].Card.Title}");
        if (row.Level is { } level && level != _drafts[main[0]].Level)
            notes.Add($"the card is at level {_drafts[main[0]].Level}, the id at {level}");
        return main[0];
    }

    /// <summary>
    /// Code + level, preferring the linking card's own standard. A code printed nowhere is checked for a
    /// one-character misprint (kk reference-info L6661 «11329-1-050»); a code printed only at other levels is
    /// reported, not moved to another level.
    /// </summary>
    private (LinkOutcome Outcome, int? Draft, double Confidence)? ResolveCode(int from, string code, int? level, List<string> notes,
        out IReadOnlyList<string> ambiguous)
    {
        ambiguous = [];
        if (_byCode.TryGetValue(code, out var withCode))
        {
            var atLevel = Prefer(from, withCode.Where(i => level is null || _drafts[i].Level == level).ToArray());
            if (atLevel.Length == 1) return (LinkOutcome.ByCode, atLevel[0], 1.0);
            if (atLevel.Length > 1) { ambiguous = Describe(atLevel); notes.Add($"code {code} at level {level} is several cards"); return null; }
            notes.Add($"code {code} is printed on cards at level {string.Join("/", withCode.Select(i => _drafts[i].Level).Distinct().Order())}, not {level}");
            return null;
        }
        var repaired = Enumerable.Range(0, code.Length).Select(k => code.Remove(k, 1)).Where(Codes.IsOccupation).Distinct()
            .Where(_byCode.ContainsKey).SelectMany(c => _byCode[c].Where(i => level is null || _drafts[i].Level == level).Select(i => (Code: c, Draft: i)))
            .ToArray();
        var preferred = Prefer(from, repaired.Select(r => r.Draft).ToArray());
        if (preferred.Length == 1)
        {
            notes.Add($"printed code {code} corrected to {repaired.First(r => r.Draft == preferred[0]).Code}");
            return (LinkOutcome.ByCorrectedCode, preferred[0], 0.9);
        }
        notes.Add($"code {code} matches no card");
        return null;
    }

    private int[] Prefer(int from, int[] candidates)
    {
        var same = candidates.Where(i => _drafts[i].Standard == _drafts[from].Standard).ToArray();
        return same.Length > 0 ? same : candidates;
    }

    /// <summary>
    /// Dice over stems, accepted only when each side has at most one stem the other lacks: «MICE қызметтер
    /// менеджері» fits «MICE менеджері», but «…құрылымдық бөлімшесінің басшысы» does not fit «…қызметінің басшысы».
    /// </summary>
    private static double Fuzzy(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        if (a.Count - shared > 1 || b.Count - shared > 1) return 0;
        return 2.0 * shared / (a.Count + b.Count);
    }

    private IReadOnlyList<string> Describe(IEnumerable<int> drafts) =>
        drafts.Select(i => $"{_drafts[i].Id} «{_drafts[i].Cards[0].Card.Title}» ({_drafts[i].Level})").ToArray();

    [GeneratedRegex(@"\(([^()]+)\)")] private static partial Regex Parenthesised();
}
