using CareerGraph.Careers.Text;

namespace CareerGraph.Careers.Building;

/// <summary>
/// A translated link name no code or name resolves (kk insurance L337 «сақтандырудағы тәуекел менеджері», whose
/// card is titled «Риск-менеджер») is found through the twin card — the same profession's card in the other
/// language — whose links table lists the same targets: rows of the two cards are paired by their resolved target,
/// then by a stem only that pair shares, then, per level, the one row left on each side; a pair whose one row is an
/// external target with no code and whose other row resolved to a card gives the first row that card. Anything less
/// certain stays as it was.
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
                var (fromRow, toRow) = Usable(rows[a]) && rows[b].Draft is not null ? (a, b)
                    : Usable(rows[b]) && rows[a].Draft is not null ? (b, a) : (-1, -1);
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
                        Note = row.Report.Note.Length == 0 ? note : row.Report.Note + "; " + note,
                    },
                };
            }
        }
    }

    private static bool Usable(ResolvedRow r) => r.Report.Outcome == LinkOutcome.External && r.Report.Code is null;

    /// <summary>Row pairs (indexes) of two cards: by target, then by a stem only they share, then the last ones per level.</summary>
    private static IEnumerable<(int, int)> Pairs(List<(ResolvedRow Row, int Index)> a, List<(ResolvedRow Row, int Index)> b)
    {
        var pairs = new List<(int, int)>();
        foreach (var x in a.ToList())
            if (x.Row.Report.TargetId is { } t && b.FirstOrDefault(y => y.Row.Report.TargetId == t && y.Row.Report.Level == x.Row.Report.Level) is { Row: not null } y)
            {
                a.Remove(x);
                b.Remove(y);
            }
        var stems = a.Concat(b).ToDictionary(x => x.Index, x => MatchText.Stems(x.Row.Report.Name).ToHashSet(StringComparer.Ordinal));
        bool Share((ResolvedRow Row, int Index) x, (ResolvedRow Row, int Index) y) =>
            x.Row.Report.Level == y.Row.Report.Level && stems[x.Index].Overlaps(stems[y.Index]);
        foreach (var x in a.ToList())
        {
            var mates = b.Where(y => Share(x, y)).ToList();
            if (mates.Count != 1 || a.Count(other => Share(other, mates[0])) != 1) continue;
            pairs.Add((x.Index, mates[0].Index));
            a.Remove(x);
            b.Remove(mates[0]);
        }
        foreach (var level in a.Select(x => x.Row.Report.Level).Distinct().ToList())
        {
            var left = a.Where(x => x.Row.Report.Level == level).ToList();
            var right = b.Where(y => y.Row.Report.Level == level).ToList();
            if (left.Count == 1 && right.Count == 1) pairs.Add((left[0].Index, right[0].Index));
        }
        return pairs;
    }
}
