using CareerGraph.Api.Graph;
using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Paths;
using CareerGraph.Careers.Selection;
using CareerGraph.Careers.Skills;
using CareerGraph.Careers.Text;
using CareerGraph.GraphQL;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;
using CareerGraph.Standards.Model;
using GqlSchema = CareerGraph.GraphQL.Types.Schema;

namespace CareerGraph.Api.Schema;

/// <summary>
/// The CareerGraph GraphQL schema: schema.graphql (embedded, the contract) bound to resolvers over the graph
/// snapshot that each request carries as its context.
/// </summary>
public static class CareerSchema
{
    public const int MaxPaths = 20;
    public const int MaxPathSteps = 12;

    public static string Sdl { get; } = ReadSdl();

    public static GqlSchema Build() =>
        new SchemaBuilder(Sdl)
            .BindEnum<Language>("Lang")
            .BindEnum<EdgeKind>("EdgeKind")
            .BindEnum<PathOptimization>("PathCost")
            .BindEnum<EditionScope>("Editions")
            .BindEnum<ActRelationKind>("ActRelationKind")
            .BindEnum<MoveKind>("MoveDirection")
            .BindEnum<ItemKind>("ItemKind")
            .BindEnum<MatchLevel>("MatchLevel")
            .BindEnum<LaborFunctionKind>("LaborFunctionKind")
            .BindEnum<LinkOutcome>("LinkOutcome")
            .BindEnum<LinkDirection>("LinkDirection")
            .BindEnum<StepGroup>("StepGroup")
            .Query()
            .ProfessionType()
            .CardTypes()
            .StepTypes()
            .SkillTypes()
            .StandardTypes()
            .EvidenceTypes()
            .Build();

    private static SchemaBuilder Query(this SchemaBuilder b) => b
        .Resolve("Query.professions", c =>
        {
            var g = Snap(c).Graph;
            var lang = c.Argument<Language?>("lang");
            var level = c.Argument<int?>("level");
            var standard = c.Argument<string>("standard");
            var count = c.Argument<bool>("includeExternal") ? g.Nodes.Count : g.ProfessionCount;
            var latest = c.Argument<EditionScope>("editions") == EditionScope.Latest;
            var indexes = Enumerable.Range(0, count)
                .Where(i => !(latest && g.IsSuperseded(i)))
                .Where(i => level is null || g.Node(i).Level == level)
                .Where(i => standard is null || g.Node(i) is Profession p && p.StandardId == standard);
            var search = c.Argument<string>("search");
            if (!string.IsNullOrWhiteSpace(search))
            {
                var words = MatchText.SearchWords(search);
                var key = string.Join(' ', words);
                indexes = indexes.Select(i => (i, Rank: SearchRank(Snap(c).NameKeys(i), key, words)))
                    .Where(x => x.Rank < int.MaxValue).OrderBy(x => x.Rank).ThenBy(x => g.Node(x.i).Level).Select(x => x.i);
            }
            var views = indexes.Select(i => new ProfessionView(g.Node(i), lang)).ToArray();
            return Pagination.Page(views, v => v.Node.Id, c.Argument<int?>("first"), c.Argument<string>("after"));
        })
        .Resolve("Query.profession", c =>
        {
            var g = Snap(c).Graph;
            var index = g.IndexOf(c.Argument<string>("id")!);
            return index < 0 ? null : new ProfessionView(g.Node(index), c.Argument<Language?>("lang"));
        })
        .Resolve("Query.careerPaths", c =>
        {
            var g = Snap(c).Graph;
            var lang = c.Argument<Language?>("lang");
            var from = SelectProfession(c, "from");
            var to = SelectProfession(c, "to");
            if (from == to) throw ArgumentError(c, "to", "from and to select the same profession.", null);
            var k = Bounded(c, "first", 1, MaxPaths);
            var maxSteps = Bounded(c, "maxSteps", 1, MaxPathSteps);
            var query = new PathQuery(k, maxSteps, c.Argument<bool>("inferred"), c.Argument<PathOptimization>("optimize"))
            {
                LatestOnly = c.Argument<EditionScope>("editions") == EditionScope.Latest,
            };
            return Snap(c).Paths(from, to, query).Select(p => new PathView(p, p.Steps.Select(s =>
                new StepView(g.IndexOf(s.FromId), g.IndexOf(s.ToId), s.Kind, s.Inferred, s.Confidence, s.Evidence, lang, s.Gap))
                .ToArray())).ToArray();
        })
        .Resolve("Query.nextSteps", c =>
        {
            var g = Snap(c).Graph;
            var lang = c.Argument<Language?>("lang");
            var from = SelectProfession(c, "from");
            var k = Bounded(c, "first", 1, Pagination.MaxPageSize);
            return Snap(c).NextSteps(from, k, c.Argument<bool>("inferred"), c.Argument<EditionScope>("editions") == EditionScope.Latest).Select(s =>
                new StepView(from, g.IndexOf(s.ToId), s.Kind, s.Inferred, s.Confidence, s.Evidence, lang, null, s.Transferability))
                .ToArray();
        })
        .Resolve("Query.feeders", c =>
        {
            var g = Snap(c).Graph;
            var lang = c.Argument<Language?>("lang");
            var to = SelectProfession(c, "to");
            var k = Bounded(c, "first", 1, Pagination.MaxPageSize);
            return Snap(c).Feeders(to, k, c.Argument<bool>("inferred"), c.Argument<EditionScope>("editions") == EditionScope.Latest).Select(s =>
                new StepView(g.IndexOf(s.ToId), to, s.Kind, s.Inferred, s.Confidence, s.Evidence, lang, null, s.Transferability))
                .ToArray();
        })
        .Resolve("Query.skillGap", c =>
        {
            var g = Snap(c).Graph;
            var (from, to) = (ById(c, "from"), ById(c, "to"));
            var lang = c.Argument<Language?>("lang");
            return new GapView(Snap(c).Gap(from, to, lang), lang);
        })
        .Resolve("Query.skillOverlap", c =>
        {
            var g = Snap(c).Graph;
            var (a, b) = (ById(c, "a"), ById(c, "b"));
            return new OverlapView(SkillOverlap.Compare(g, a, b), c.Argument<Language?>("lang"));
        })
        .Resolve("Query.overlapMatrix", c =>
        {
            var g = Snap(c).Graph;
            var ids = c.Argument<List<object?>>("professions");
            var standard = c.Argument<string>("standard");
            if ((ids is null) == (standard is null))
                throw new GraphQLException("overlapMatrix: give either professions or standard.");
            OverlapMatrix matrix;
            if (ids is not null)
            {
                if (ids.Count > Pagination.MaxPageSize)
                    throw new GraphQLException($"overlapMatrix: at most {Pagination.MaxPageSize} professions.");
                matrix = SkillOverlap.Matrix(g, ids.Select(id => ById(c, "professions", (string)id!)).ToArray());
            }
            else
            {
                if (g.Standards.All(s => s.Id != standard)) throw new GraphQLException($"standard: no standard has id \"{standard}\".");
                matrix = SkillOverlap.Matrix(g, standard!);
            }
            var lang = c.Argument<Language?>("lang");
            return new Dictionary<string, object?>
            {
                ["professions"] = matrix.Ids.Select(id => new ProfessionView(g.Node(g.IndexOf(id)), lang)).ToArray(),
                ["scores"] = matrix.Scores.Select(row => row.Select(v => (object?)Math.Round(v, 4)).ToList()).ToList(),
            };
        })
        .Resolve("Query.standards", c => Snap(c).Graph.Standards.Select(s => new StandardView(s, null)).ToArray())
        .Resolve("Query.standard", c =>
        {
            var id = c.Argument<string>("id");
            var s = Snap(c).Graph.Standards.FirstOrDefault(s => s.Id == id);
            return s is null ? null : new StandardView(s, null);
        })
        .Resolve("Query.levels", c => Snap(c).Graph.Levels.Select(l => new LevelView(l)).ToArray())
        .Resolve("Query.linkReport", c =>
        {
            var g = Snap(c).Graph;
            var outcome = c.Argument<LinkOutcome?>("outcome");
            var standard = c.Argument<string>("standard");
            var rows = g.Resolution.Rows
                .Where(r => outcome is null || r.Outcome == outcome)
                .Where(r => standard is null || g.Node(g.IndexOf(r.FromProfessionId)) is Profession p && p.StandardId == standard)
                .Select(r => new LinkRowView(r, null)).ToArray();
            return Pagination.Page(rows, r => $"{r.Row.Source}:{r.Row.Lines.First}", c.Argument<int?>("first"), c.Argument<string>("after"));
        });

    private static SchemaBuilder ProfessionType(this SchemaBuilder b) => b
        .Resolve("Profession.id", c => P(c).Node.Id)
        .Resolve("Profession.title", c => Title(P(c).Node, c.Argument<Language?>("lang") ?? P(c).Lang))
        .Resolve("Profession.titleKk", c => P(c).Node switch
        {
            Profession p => p.TitleKk,
            ExternalProfession e when e.Language == Language.Kk => e.Name,
            _ => null,
        })
        .Resolve("Profession.titleRu", c => P(c).Node switch
        {
            Profession p => p.TitleRu,
            ExternalProfession e when e.Language == Language.Ru => e.Name,
            _ => null,
        })
        .Resolve("Profession.level", c => P(c).Node.Level)
        .Resolve("Profession.external", c => P(c).Node is ExternalProfession)
        .Resolve("Profession.groupCode", c => (P(c).Node as Profession)?.GroupCode)
        .Resolve("Profession.occupationCode", c => (P(c).Node as Profession)?.OccupationCode)
        .Resolve("Profession.standard", c => P(c).Node is Profession p
            ? new StandardView(Snap(c).Graph.Standards.First(s => s.Id == p.StandardId), P(c).Lang)
            : null)
        .Resolve("Profession.otherNames", c => (P(c).Node as Profession)?.Aliases ?? [])
        .Resolve("Profession.purpose", c => FromCards(c, card => NullIfBlank(card.Purpose)))
        .Resolve("Profession.education", c => FromCards(c, card => NullIfBlank(card.Education)))
        .Resolve("Profession.experience", c => FromCards(c, card => NullIfBlank(card.Experience)))
        .Resolve("Profession.laborFunctions", c => FromCards(c, card => card.LaborFunctions.Count > 0 ? card.LaborFunctions : null) ?? [])
        .Resolve("Profession.categories", c => FromCards(c, card => card.Categories.Count > 0 ? card.Categories : null) ?? [])
        .Resolve("Profession.personalCompetencies", c =>
            FromCards(c, card => card.PersonalCompetencies.Count > 0 ? card.PersonalCompetencies.Select(t => t.Text).ToArray() : null) ?? [])
        .Resolve("Profession.careerSteps", c => Steps(c, outgoing: true))
        .Resolve("Profession.incomingSteps", c => Steps(c, outgoing: false))
        .Resolve("Profession.sources", c => Snap(c).CardsOf(P(c).Node, null).Select(x => new Dictionary<string, object?>
        {
            ["cardId"] = x.Card.Id,
            ["document"] = x.Document.Source,
            ["language"] = x.Document.Language,
            ["paragraph"] = x.Card.Paragraph,
            ["lines"] = new List<object?> { x.Card.Lines.First, x.Card.Lines.Last },
        }).ToArray());

    private static SchemaBuilder CardTypes(this SchemaBuilder b) => b
        .Resolve("LaborFunction.number", c => ((LaborFunction)c.Parent!).N)
        .Resolve("Skill.number", c => ((Standards.Model.Skill)c.Parent!).N)
        .Resolve("Skill.abilities", c => ((Standards.Model.Skill)c.Parent!).Abilities.Select(t => t.Text).ToArray())
        .Resolve("Skill.knowledge", c => ((Standards.Model.Skill)c.Parent!).Knowledge.Select(t => t.Text).ToArray())
        .Resolve("Category.abilities", c => ((CategoryBlock)c.Parent!).Abilities.Select(t => t.Text).ToArray());

    private static SchemaBuilder StepTypes(this SchemaBuilder b) => b
        .Resolve("CareerStep.from", c => new ProfessionView(Snap(c).Graph.Node(S(c).From), S(c).Lang))
        .Resolve("CareerStep.to", c => new ProfessionView(Snap(c).Graph.Node(S(c).To), S(c).Lang))
        .Resolve("CareerStep.levelDelta", c => LevelDelta(c))
        .Resolve("CareerStep.direction", c => NextSteps.MoveOf(LevelDelta(c)))
        .Resolve("CareerStep.group", c => NextSteps.GroupOf(Snap(c).Graph, S(c).From, S(c).To))
        .Resolve("CareerStep.evidenceItems", c =>
            StepEvidence.Of(Snap(c), S(c).From, S(c).To, S(c).Kind, S(c).Confidence, c.Argument<Language?>("lang") ?? S(c).Lang))
        .Resolve("CareerStep.transferability", c =>
            S(c).Transferability ?? NextSteps.Transferability(Snap(c).Graph, S(c).From, S(c).To, S(c).Confidence))
        .Resolve("CareerStep.newSkills", c => StepGap(c).MissingSkills)
        .Resolve("CareerStep.gap", c => new GapView(StepGap(c), S(c).Lang))
        .Resolve("CareerPath.steps", c => ((PathView)c.Parent!).Steps)
        .Resolve("CareerPath.length", c => ((PathView)c.Parent!).Path.Length)
        .Resolve("CareerPath.levelGain", c => ((PathView)c.Parent!).Path.LevelGain)
        .Resolve("CareerPath.newSkills", c => ((PathView)c.Parent!).Path.NewSkills)
        .Resolve("CareerPath.confidence", c => ((PathView)c.Parent!).Path.Confidence);

    private static SchemaBuilder SkillTypes(this SchemaBuilder b) => b
        .Resolve("SkillGap.from", c => NodeView(c, G(c).Gap.FromId, G(c).Lang))
        .Resolve("SkillGap.to", c => NodeView(c, G(c).Gap.ToId, G(c).Lang))
        .Resolve("SkillGap.language", c => G(c).Gap.Language)
        .Resolve("SkillGap.have", c => GapItems(c, k => k.Have))
        .Resolve("SkillGap.partial", c => GapItems(c, k => k.Partial))
        .Resolve("SkillGap.missing", c => GapItems(c, k => k.Missing))
        .Resolve("SkillGap.coverage", c =>
        {
            var g = Snap(c).Graph;
            return Math.Round(Snap(c).Coverage(g.IndexOf(G(c).Gap.FromId), g.IndexOf(G(c).Gap.ToId)), 4);
        })
        .Resolve("SkillGap.missingSkills", c => G(c).Gap.MissingSkills)
        .Resolve("SkillGap.note", c => NullIfBlank(G(c).Gap.Note))
        .Resolve("GapItem.kind", c => ((GapItemView)c.Parent!).Kind)
        .Resolve("GapItem.text", c => ((GapItemView)c.Parent!).Match.Required.Text)
        .Resolve("GapItem.match", c => ((GapItemView)c.Parent!).Match.Level)
        .Resolve("GapItem.closest", c => ((GapItemView)c.Parent!).Match.Closest?.Text)
        .Resolve("GapItem.similarity", c => Math.Round(((GapItemView)c.Parent!).Match.Similarity, 4))
        .Resolve("SkillOverlap.a", c => NodeView(c, O(c).Overlap.AId, O(c).Lang))
        .Resolve("SkillOverlap.b", c => NodeView(c, O(c).Overlap.BId, O(c).Lang))
        .Resolve("SkillOverlap.score", c => Math.Round(O(c).Overlap.Score, 4))
        .Resolve("SkillOverlap.aToB", c => Math.Round(O(c).Overlap.AToB.Score, 4))
        .Resolve("SkillOverlap.bToA", c => Math.Round(O(c).Overlap.BToA.Score, 4))
        .Resolve("SkillOverlap.shared", c => O(c).Overlap.Shared.Select(m => new GapItemView(m, m.Required.Kind)).ToArray());

    private static StandardView[] Editions(FieldContext c, IReadOnlyList<string> ids) => Editions(c, ids, St(c).Lang);

    private static StandardView[] Editions(FieldContext c, IReadOnlyList<string> ids, Language? lang) =>
        [.. Snap(c).Graph.Standards.Where(s => ids.Contains(s.Id)).Select(s => new StandardView(s, lang))];

    private static SchemaBuilder StandardTypes(this SchemaBuilder b) => b
        .Resolve("Standard.id", c => St(c).Standard.Id)
        .Resolve("Standard.code", c => St(c).Standard.Code)
        .Resolve("Standard.title", c => PickLanguage(St(c).Standard.TitleKk, St(c).Standard.TitleRu,
            c.Argument<Language?>("lang") ?? St(c).Lang) ?? St(c).Standard.Id)
        .Resolve("Standard.titleKk", c => St(c).Standard.TitleKk)
        .Resolve("Standard.titleRu", c => St(c).Standard.TitleRu)
        .Resolve("Standard.oked", c => St(c).Standard.Oked)
        .Resolve("Standard.version", c => St(c).Standard.Version)
        .Resolve("Standard.approval", c => St(c).Standard.Approval)
        .Resolve("Standard.repealed", c => St(c).Standard.Repealed)
        .Resolve("Standard.approvedOn", c => St(c).Standard.ApprovedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        .Resolve("Standard.replaces", c => Editions(c, [.. St(c).Standard.Replaces.Select(r => r.Older)]))
        .Resolve("Standard.replacements", c => St(c).Standard.Replaces)
        .Resolve("Replacement.standard", c => Editions(c, [((Replacement)c.Parent!).Older], null).Single())
        .Resolve("Replacement.document", c => ((Replacement)c.Parent!).Source)
        .Resolve("Standard.replacedBy", c => Editions(c, St(c).Standard.ReplacedBy))
        .Resolve("Standard.latest", c => St(c).Standard.IsLatest)
        .Resolve("Standard.relations", c => St(c).Standard.Relations)
        .Resolve("ActRelation.date", c => ((ActRelation)c.Parent!).Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        .Resolve("ActRelation.document", c => ((ActRelation)c.Parent!).Source)
        .Resolve("Standard.documents", c => St(c).Standard.Sources)
        .Resolve("Standard.professions", c =>
        {
            var id = St(c).Standard.Id;
            var views = Snap(c).Graph.Professions.Where(p => p.StandardId == id).Select(p => new ProfessionView(p, St(c).Lang)).ToArray();
            return Pagination.Page(views, v => v.Node.Id, c.Argument<int?>("first"), c.Argument<string>("after"));
        })
        .Resolve("QualificationLevel.level", c => ((LevelView)c.Parent!).Level.Level)
        .Resolve("QualificationLevel.descriptors", c => ((LevelView)c.Parent!).Level.Descriptors)
        .Resolve("QualificationLevel.professions", c =>
        {
            var level = ((LevelView)c.Parent!).Level.Level;
            var views = Snap(c).Graph.Professions.Where(p => p.Level == level).Select(p => new ProfessionView(p, null)).ToArray();
            return Pagination.Page(views, v => v.Node.Id, c.Argument<int?>("first"), c.Argument<string>("after"));
        })
        .Resolve("LevelDescriptor.document", c => ((LevelDescription)c.Parent!).Source)
        .Resolve("LinkRow.document", c => L(c).Source)
        .Resolve("LinkRow.line", c => L(c).Lines.First)
        .Resolve("LinkRow.from", c => NodeView(c, L(c).FromProfessionId, null))
        .Resolve("LinkRow.level", c => L(c).Level)
        .Resolve("LinkRow.direction", c => L(c).Direction)
        .Resolve("LinkRow.code", c => L(c).Code)
        .Resolve("LinkRow.name", c => L(c).Name)
        .Resolve("LinkRow.outcome", c => L(c).Outcome)
        .Resolve("LinkRow.target", c => L(c).TargetId is { } id ? NodeView(c, id, null) : null)
        .Resolve("LinkRow.confidence", c => L(c).Confidence)
        .Resolve("LinkRow.note", c => NullIfBlank(L(c).Note))
        .Resolve("LinkRow.candidates", c => L(c).Candidates);

    private static SchemaBuilder EvidenceTypes(this SchemaBuilder b) => b
        .Resolve("Evidence.kind", c => E(c).Kind)
        .Resolve("Evidence.standard", c => E(c).StandardId is { } id && Snap(c).Graph.Standards.FirstOrDefault(s => s.Id == id) is { } s
            ? new StandardView(s, E(c).Language)
            : null)
        .Resolve("Evidence.card", c => E(c).CardId)
        .Resolve("Evidence.document", c => E(c).Document)
        .Resolve("Evidence.language", c => E(c).Language)
        .Resolve("Evidence.line", c => E(c).Line)
        .Resolve("Evidence.quote", c => E(c).Quote)
        .Resolve("Evidence.printedLevel", c => E(c).PrintedLevel)
        .Resolve("Evidence.code", c => E(c).Code)
        .Resolve("Evidence.score", c => E(c).Score);

    // ---- request context and parents

    private static GraphSnapshot Snap(FieldContext c) =>
        c.Context as GraphSnapshot ?? throw new InvalidOperationException("The request carries no graph snapshot.");

    private static ProfessionView P(FieldContext c) => (ProfessionView)c.Parent!;
    private static StepView S(FieldContext c) => (StepView)c.Parent!;
    private static GapView G(FieldContext c) => (GapView)c.Parent!;
    private static OverlapView O(FieldContext c) => (OverlapView)c.Parent!;
    private static StandardView St(FieldContext c) => (StandardView)c.Parent!;
    private static LinkResolution L(FieldContext c) => ((LinkRowView)c.Parent!).Row;
    private static EvidenceItem E(FieldContext c) => (EvidenceItem)c.Parent!;

    private static ProfessionView NodeView(FieldContext c, string id, Language? lang)
    {
        var g = Snap(c).Graph;
        return new ProfessionView(g.Node(g.IndexOf(id)), lang);
    }

    // ---- professions

    private static string Title(CareerNode node, Language? lang) => node switch
    {
        Profession p => PickLanguage(p.TitleKk, p.TitleRu, lang) ?? p.Id,
        _ => node.Title,
    };

    private static string? PickLanguage(string? kk, string? ru, Language? lang) =>
        lang == Language.Ru ? ru ?? kk : kk ?? ru;

    /// <summary>A card field in the requested language, falling back to the profession's other card.</summary>
    private static T? FromCards<T>(FieldContext c, Func<Card, T?> field) where T : class
    {
        var lang = c.Argument<Language?>("lang") ?? P(c).Lang;
        foreach (var (card, _) in Snap(c).CardsOf(P(c).Node, lang))
            if (field(card) is { } value) return value;
        return null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>
    /// Search rank of a node by the folded keys of its names: 0 a name equals the query, 1 a name starts with it, 2 contains it, 3 every
    /// query word occurs in one name, 4 every query word starts a word of one name give or take a typo; int.MaxValue no match.
    /// </summary>
    private static int SearchRank(IReadOnlyList<string> nameKeys, string key, IReadOnlyList<string> words)
    {
        var best = int.MaxValue;
        foreach (var nameKey in nameKeys)
        {
            var rank = nameKey == key ? 0
                : nameKey.StartsWith(key, StringComparison.Ordinal) ? 1
                : nameKey.Contains(key, StringComparison.Ordinal) ? 2
                : words.All(w => nameKey.Contains(w, StringComparison.Ordinal)) ? 3
                : words.All(w => NameMatch.Parts(nameKey).Any(p => NameMatch.NearPrefix(w, p))) ? 4
                : int.MaxValue;
            best = Math.Min(best, rank);
        }
        return best;
    }

    private static StepView[] Steps(FieldContext c, bool outgoing)
    {
        var g = Snap(c).Graph;
        var index = g.IndexOf(P(c).Node.Id);
        var kind = c.Argument<EdgeKind?>("kind");
        var inferred = c.Argument<bool>("inferred");
        return (outgoing ? g.EdgesFrom(index) : g.Edges.Where(e => e.To == index))
            .Where(e => kind is null || e.Kind == kind)
            .Where(e => inferred || !e.Inferred)
            .Select(e => new StepView(e.From, e.To, e.Kind, e.Inferred, e.Confidence, e.Evidence, P(c).Lang))
            .ToArray();
    }

    // ---- steps and gaps

    private static int LevelDelta(FieldContext c)
    {
        var g = Snap(c).Graph;
        return g.Node(S(c).To).Level - g.Node(S(c).From).Level;
    }

    // A path's precomputed gap is reused unless the client asked for another language than it was compared in.
    private static SkillGapResult StepGap(FieldContext c) =>
        S(c).Gap is { } gap && (S(c).Lang is null || gap.Language == S(c).Lang)
            ? gap
            : Snap(c).Gap(S(c).From, S(c).To, S(c).Lang);

    private static GapItemView[] GapItems(FieldContext c, Func<KindGap, IReadOnlyList<ItemMatch>> part)
    {
        var kind = c.Argument<ItemKind?>("kind");
        return G(c).Gap.Kinds.Where(k => kind is null || k.Kind == kind)
            .SelectMany(k => part(k).Select(m => new GapItemView(m, k.Kind))).ToArray();
    }

    // ---- arguments

    private static int Bounded(FieldContext c, string name, int min, int max)
    {
        var value = c.Argument<int>(name);
        return value >= min && value <= max ? value
            : throw ArgumentError(c, name, $"{name} must be between {min} and {max}, got {value}.", null);
    }

    private static int ById(FieldContext c, string argument, string? id = null)
    {
        id ??= c.Argument<string>(argument)!;
        var index = Snap(c).Graph.IndexOf(id);
        return index >= 0 ? index : throw ArgumentError(c, argument, $"{argument}: no profession has id \"{id}\".", []);
    }

    private static int SelectProfession(FieldContext c, string argument)
    {
        var selector = c.Argument<IReadOnlyDictionary<string, object?>>(argument)
            ?? throw ArgumentError(c, argument, $"{argument}: a profession selector is required.", null);
        var id = selector.GetValueOrDefault("id") as string;
        var title = selector.GetValueOrDefault("title") as string;
        var level = selector.GetValueOrDefault("level") is int l ? l : (int?)null;
        if (id is null == title is null)
            throw ArgumentError(c, argument, $"{argument}: give either id or title.", null);
        var selection = ProfessionSelector.Select(Snap(c).Graph, id ?? title!, level, c.Argument<Language?>("lang"));
        if (selection.Found) return selection.Index;
        var list = selection.Candidates.Count == 0 ? ""
            : " Candidates: " + string.Join("; ", selection.Candidates.Select(x => $"{x.Id} «{x.Title}» (level {x.Level})")) + ".";
        throw ArgumentError(c, argument, $"{argument}: {selection.Error}.{list}", selection.Candidates);
    }

    /// <summary>A field error located at the offending argument, with machine-readable candidates.</summary>
    private static GraphQLException ArgumentError(FieldContext c, string argument, string message, IReadOnlyList<Candidate>? candidates)
    {
        var node = c.FieldNodes[0].Arguments.FirstOrDefault(a => a.Name.Value == argument);
        var location = (node ?? (GraphQL.Language.Node)c.FieldNodes[0]).Location;
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = candidates is null ? "BAD_ARGUMENT" : candidates.Count == 0 ? "NOT_FOUND" : "AMBIGUOUS_OR_NOT_FOUND",
            ["argument"] = argument,
        };
        if (candidates is not null)
            extensions["candidates"] = candidates.Select(x => (object?)new Dictionary<string, object?>
            {
                ["id"] = x.Id,
                ["title"] = x.Title,
                ["level"] = x.Level,
                ["standard"] = x.StandardId,
            }).ToList();
        return new GraphQLException([new GraphQLError(message,
            location is null ? null : [new SourceLocation(location.Line, location.Column)], null, extensions)]);
    }

    private static string ReadSdl()
    {
        using var stream = typeof(CareerSchema).Assembly.GetManifestResourceStream("CareerGraph.Api.schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded in Graph.Api.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
