namespace CareerGraph.GraphQL.Utilities;

/// <summary>"Did you mean …?" hints built from lexical distance, as graphql-js words them.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        return options
            .Select(option => (option, distance: Distance(inputLower, input, option)))
            .Where(x => x.distance <= threshold)
            .OrderBy(x => x.distance).ThenBy(x => x.option, StringComparer.Ordinal)
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
