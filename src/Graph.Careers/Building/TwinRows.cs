using CareerGraph.Careers.Text;

namespace CareerGraph.Careers.Building;

/// <summary>
/// A translated link name no code or name resolves (kk insurance L337 «сақтандырудағы тәуекел менеджері», whose
/// card is titled «Риск-менеджер») is found through the twin card — the same profession's card in the other
/// language — whose links table lists the same targets: rows of the two cards are paired by their resolved target,
/// then by a stem only that pair shares, then, per level (or direction heading), the one row left on each side; a pair
/// whose one row has no code and was left external, unresolved or ambiguous (between candidates that include the
/// other row's card), and whose other row resolved to a card, gives the first row that card (internal affairs 2019
/// kk L524 «Өртке қарсы алдын алу жөніндегі нұсқаушы» through ru L521). Anything less certain stays as it was.
/// </summary>
internal static class TwinRows
{
    public static void Resolve(List<ResolvedRow> rows)
    {
        foreach (var profession in rows.Select((r, i) => (Row: r, Index: i)).GroupBy(x => x.Row.From))
        {
            var cards = profession.GroupBy(x => x.Row.Report.FromCardId).ToList();
            if (cards.Count != 2) continue;
            foreach (var (a, b) in Pairs(cards[0].ToList(), cards[1].ToList()))
            {
                var (fromRow, toRow) = Usable(rows[a], rows[b]) ? (a, b) : Usable(rows[b], rows[a]) ? (b, a) : (-1, -1);
                if (fromRow < 0) continue;
                var (row, twin) = (rows[fromRow], rows[toRow]);
                var note = $"translated name: the twin card's row «{twin.Report.Name}» ({twin.Report.Source} {twin.Report.Lines}) at its place is {twin.Report.TargetId}";
                rows[fromRow] = row with
                {
                    Draft = twin.Draft,
                    External = null,
                    Report = row.Report with
                    {
                        Outcome = LinkOutcome.ByTwinRow,
                        TargetId = twin.Report.TargetId,
                        Confidence = 0.8,
                        Candidates = [],
                        Note = row.Report.Note.Length == 0 ? note : row.Report.Note + "; " + note,
                    },
                };
            }
        }
    }

    /// <summary>
    /// A row with no code that its name left external, unresolved (no level) or ambiguous — then only between the
    /// candidates it had — and a twin row that resolved to a card.
    /// </summary>
    private static bool Usable(ResolvedRow r, ResolvedRow twin) =>
        r.Report.Code is null && twin.Draft is not null && twin.Report.TargetId is { } target && r.Report.Outcome switch
        {
            LinkOutcome.External or LinkOutcome.Unresolved => true,
            LinkOutcome.Ambiguous => r.Report.Candidates.Any(c => c.StartsWith(target + " ", StringComparison.Ordinal)),
            _ => false,
        };

    /// <summary>Where a row stands in its table: its printed level, or the direction heading it is under.</summary>
    private static (int?, Standards.Model.LinkDirection?) Place(ResolvedRow r) => (r.Report.Level, r.Report.Direction);

    /// <summary>Row pairs (indexes) of two cards: by target, then by a stem only they share, then the last ones per level.</summary>
    private static IEnumerable<(int, int)> Pairs(List<(ResolvedRow Row, int Index)> a, List<(ResolvedRow Row, int Index)> b)
    {
        var pairs = new List<(int, int)>();
        foreach (var x in a.ToList())
            if (x.Row.Report.TargetId is { } t && b.FirstOrDefault(y => y.Row.Report.TargetId == t && Place(y.Row) == Place(x.Row)) is { Row: not null } y)
            {
                a.Remove(x);
                b.Remove(y);
            }
        var stems = a.Concat(b).ToDictionary(x => x.Index, x => MatchText.Stems(x.Row.Report.Name).ToHashSet(StringComparer.Ordinal));
        bool Share((ResolvedRow Row, int Index) x, (ResolvedRow Row, int Index) y) =>
            Place(x.Row) == Place(y.Row) && stems[x.Index].Overlaps(stems[y.Index]);
        foreach (var x in a.ToList())
        {
            var mates = b.Where(y => Share(x, y)).ToList();
            if (mates.Count != 1 || a.Count(other => Share(other, mates[0])) != 1) continue;
            pairs.Add((x.Index, mates[0].Index));
            a.Remove(x);
            b.Remove(mates[0]);
        }
        foreach (var place in a.Select(x => Place(x.Row)).Distinct().ToList())
        {
            var left = a.Where(x => Place(x.Row) == place).ToList();
            var right = b.Where(y => Place(y.Row) == place).ToList();
            if (left.Count == 1 && right.Count == 1) pairs.Add((left[0].Index, right[0].Index));
        }
        return pairs;
    }
}
