namespace CareerGraph.GraphQL.Utilities;

/// <summary>"Did you mean …?" hints built from lexical distance, as graphql-js words them.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        return options.Distinct()
            .Select(option => (option, distance: Distance(inputLower, input, option)))
            .Where(x => x.distance <= threshold)
            .OrderBy(x => x.distance).ThenBy(x => x.option, Comparer<string>.Create(NaturalCompare))
            .Select(x => x.option).ToList();
    }

    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return "";
        var quoted = suggestions.Take(5).Select(s => $"\"{s}\"").ToList();
        var message = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>graphql-js naturalCompare: digit runs compare by numeric value, everything else by UTF-16 code unit.</summary>
    public static int NaturalCompare(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                var numberA = a[si..i].TrimStart('0');
                var numberB = b[sj..j].TrimStart('0');
                var cmp = numberA.Length != numberB.Length
                    ? numberA.Length.CompareTo(numberB.Length)
                    : string.CompareOrdinal(numberA, numberB);
                if (cmp != 0) return cmp;
                continue;
            }
            if (a[i] != b[j]) return a[i].CompareTo(b[j]);
            i++;
            j++;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    // Damerau–Levenshtein (optimal string alignment), case-insensitive; case-only differences count as 1.
    private static double Distance(string inputLower, string input, string option)
    {
        if (input == option) return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;
        var a = inputLower;
        var b = optionLower;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
