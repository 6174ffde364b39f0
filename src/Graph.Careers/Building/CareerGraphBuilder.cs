using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Building;

/// <summary>
/// Builds the career graph from extracted documents: standards and their kk/ru twins, one profession per card
/// pair, requirement items, resolved printed links (with external targets), level ladders, same-occupation edges
/// and inferred skill-overlap edges. Pure: the same documents give the same graph and the same ids. Ids are unique by
/// construction; documents whose card ids repeat are refused with an <see cref="ArgumentException"/> naming both.
/// </summary>
public static class CareerGraphBuilder
{
    /// <summary>
    /// <paramref name="inferred"/>: SKILL_OVERLAP edges inferred earlier from the same documents and options (a cache
    /// of a previous build, keyed by their content); null infers them, the costliest step of the build.
    /// </summary>
    public static ProfessionGraph Build(IEnumerable<StandardDocument> documents, CareerGraphOptions? options = null,
        IReadOnlyList<CareerEdge>? inferred = null)
    {
        options ??= CareerGraphOptions.Default;
        var docs = documents.ToArray();
        // Card ids come from file names; two cards with one id would make every card lookup downstream ambiguous.
        var cardIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var c in d.Cards)
                if (!cardIds.TryAdd(c.Id, d.Source))
                    throw new ArgumentException($"card id {c.Id} is in both {cardIds[c.Id]} and {d.Source}: is one standard given twice?");
        var warnings = new List<string>();
        var groups = BilingualMerge.GroupStandards(docs);
        var drafts = groups.SelectMany(g => BilingualMerge.Professions(g, warnings)).ToArray();

        var catalog = new RequirementCatalog();
        var profiles = drafts.Select(catalog.Add).ToList();

        var resolver = new LinkResolver(drafts, options);
        var rows = new List<ResolvedRow>();
        for (var p = 0; p < drafts.Length; p++)
            foreach (var card in drafts[p].Cards)
                foreach (var link in card.Card.Links)
                    rows.Add(resolver.Resolve(p, card, link));
        TwinRows.Resolve(rows);

        var externals = rows.Select(r => r.External).OfType<ExternalTarget>()
            .GroupBy(e => (e.Key, e.Level)).Select(g => g.First()).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var externalIndex = externals.Select((e, i) => (e, i)).ToDictionary(x => (x.e.Key, x.e.Level), x => drafts.Length + x.i);

        var nodes = new List<CareerNode>(drafts.Select((d, i) => ToProfession(d, rows.Where(r => r.Draft == i))));
        nodes.AddRange(externals.Select(e => new ExternalProfession(e.Id, e.Name, e.Level, e.Language)));
        profiles.AddRange(externals.Select(_ => RequirementProfile.Empty));

        var edges = new List<CareerEdge>();
        foreach (var g in rows.Where(r => r.Draft is not null || r.External is not null)
                     .GroupBy(r => (r.From, To: r.Draft ?? externalIndex[(r.External!.Key, r.External.Level)])))
            edges.Add(new CareerEdge(g.Key.From, g.Key.To, EdgeKind.PrintedLink, g.Max(r => r.Report.Confidence), false,
                string.Join("; ", g.Select(r => Evidence(r.Report)))));
        edges.AddRange(StructuralEdges.Ladders(drafts));
        edges.AddRange(StructuralEdges.SameOccupation(drafts));

        var printed = groups.Select(BilingualMerge.ToNode).ToArray();
        var standards = options.StoredEditions is { } stored ? Editions.Apply(printed, stored) : Editions.Link(printed);
        var items = catalog.Items();
        var levels = Levels(docs);
        var report = new ResolutionReport(rows.Select(r => r.Report).ToArray(), warnings);
        var structural = ProfessionGraph.Create(standards, nodes, items, profiles, edges, levels, report);
        if (inferred?.FirstOrDefault(e => (uint)e.From >= (uint)nodes.Count || (uint)e.To >= (uint)nodes.Count) is { } stray)
            throw new ArgumentException($"an inferred edge {stray.From}→{stray.To} has an end that is not a node ({nodes.Count} nodes)");
        return structural.WithEdges(inferred ?? OverlapInference.Infer(structural, options.Overlap));
    }

    private static Profession ToProfession(ProfessionDraft d, IEnumerable<ResolvedRow> incoming)
    {
        var kk = d.TitleIn(Language.Kk);
        var ru = d.TitleIn(Language.Ru);
        var titleKeys = new[] { kk, ru }.OfType<string>().Select(MatchText.Key).ToHashSet();
        // Every printed name that safely denotes this card becomes an alias for search; link names count only when
        // the row was resolved by its code, because names alone are not unique (kk reference-info L883 vs L960).
        var byCode = incoming.Where(r => r.Report.Outcome is LinkOutcome.ByCode or LinkOutcome.ByCorrectedCode)
            .Select(r => r.Report.Name);
        var aliases = d.PrimaryNames.Concat(d.SafeAliases).Concat(byCode)
            .Select(n => n.Trim().TrimEnd('.', ';', ',')).Where(n => n.Length > 0)
            .DistinctBy(MatchText.Key).Where(n => !titleKeys.Contains(MatchText.Key(n))).ToArray();
        return new Profession(d.Id, kk, ru, d.Level, d.GroupCode, d.OccupationCode, d.Standard.Id, aliases,
            d.Cards.Select(c => c.Card.Id).ToArray());
    }

    private static string Evidence(LinkResolution r) =>
        $"{r.Source} {r.Lines}: «{r.Name}» {(r.Level is null && r.Direction is not null ? "direction " : "level ")}{r.LevelText}{(r.Code is null ? "" : ", code " + r.Code)} "
        + $"({r.Outcome}{(r.Note.Length == 0 ? "" : ": " + r.Note)})";

    private static IReadOnlyList<QualificationLevel> Levels(IEnumerable<StandardDocument> docs)
    {
        var descriptors = docs.Where(d => d.Framework is not null)
            .SelectMany(d => d.Framework!.Areas.SelectMany(a => a.Levels.Select(l => (l.Level, Description: new LevelDescription(
                d.Source, $"{a.Number} {a.Title}".Trim(), l.RawLevel, l.LevelInferred, d.Repealed,
                l.Competencies, l.Skills, l.Knowledge)))))
            .ToLookup(x => x.Level, x => x.Description);
        return Enumerable.Range(1, 8).Select(l => new QualificationLevel(l, descriptors[l].ToArray())).ToArray();
    }
}
