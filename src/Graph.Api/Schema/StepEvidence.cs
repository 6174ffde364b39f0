using CareerGraph.Api.Graph;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Api.Schema;

/// <summary>One citation of a step (the GraphQL `Evidence` type).</summary>
public sealed record EvidenceItem(
    EdgeKind Kind,
    string? StandardId,
    string? CardId,
    string Document,
    Language Language,
    int Line,
    string Quote,
    int? PrintedLevel,
    string? Code,
    double? Score);

/// <summary>
/// The citations a step rests on, read from the snapshot: a printed link's rows from the resolution report, and for
/// structural and inferred steps the destination's cards (the heading a counsellor can look up).
/// </summary>
public static class StepEvidence
{
    public static IReadOnlyList<EvidenceItem> Of(GraphSnapshot snap, int from, int to, EdgeKind kind, double confidence, Language? lang)
    {
        var g = snap.Graph;
        var (source, target) = (g.Node(from), g.Node(to));
        var items = kind == EdgeKind.PrintedLink
            ? g.Resolution.Rows.Where(r => r.FromProfessionId == source.Id && r.TargetId == target.Id)
                .Select(r => snap.Card(r.FromCardId) is { } c
                    ? new EvidenceItem(kind, (source as Profession)?.StandardId, r.FromCardId, Path.GetFileName(r.Source), c.Document.Language,
                        r.Lines.First, r.Name, r.Level, r.Code, null)
                    : null)
                .OfType<EvidenceItem>().ToArray()
            : snap.CardsOf(target, null).Select(c => new EvidenceItem(kind, ((Profession)target).StandardId, c.Card.Id,
                    Path.GetFileName(c.Document.Source), c.Document.Language, c.Card.Lines.First, c.Card.Title, null,
                    kind == EdgeKind.SameOccupation ? SharedCode(source, target) : ((Profession)target).OccupationCode,
                    kind == EdgeKind.SkillOverlap ? Math.Round(confidence, 4) : null))
                .ToArray();
        return lang is { } l && items.Any(i => i.Language == l) ? items.Where(i => i.Language == l).ToArray() : items;
    }

    private static string? SharedCode(CareerNode a, CareerNode b) => (a, b) switch
    {
        (Profession p, Profession q) when p.OccupationCode is { } c && c == q.OccupationCode => c,
        (Profession p, Profession q) when p.GroupCode is { } c && c == q.GroupCode => c,
        _ => null,
    };
}
