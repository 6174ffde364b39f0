namespace CareerGraph.Careers.Text;

/// <summary>Set similarity over sorted, distinct stem ids (see <see cref="StemTable"/>).</summary>
public static class Similarity
{
    /// <summary>Number of ids present in both sorted arrays.</summary>
    public static int Shared(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|); 0 when both are empty.</summary>
    public static double Dice(ReadOnlySpan<int> a, ReadOnlySpan<int> b) =>
        a.Length + b.Length == 0 ? 0 : 2.0 * Shared(a, b) / (a.Length + b.Length);
}

/// <summary>Interns stems as dense ints so that item comparisons are merges of sorted int arrays.</summary>
public sealed class StemTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    /// <summary>Sorted distinct stem ids of a text.</summary>
    public int[] Encode(string? text)
    {
        var set = new SortedSet<int>();
        foreach (var stem in MatchText.Stems(text))
        {
            if (!_ids.TryGetValue(stem, out var id)) _ids[stem] = id = _ids.Count;
            set.Add(id);
        }
        return [.. set];
    }
}
