namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;

/// <summary>
/// A level cell of a links table whose level word is misprinted («7 де4гей», 183438 kaz.md L1256): a level digit and
/// a word one or two letters off a level word. Such a cell is no profession name; its rows are kept with no level and
/// the cell as printed, never corrected. One row per spelling of the level word.
/// </summary>
public static partial class MisprintedLevels
{
    private static readonly string[] Words = ["деңгей", "деңгейі", "деңгейлер", "уровень", "уровни", "уровня"];

    private const int MaxEdits = 2;

    [GeneratedRegex(@"^\s*[1-8](?![\d.,:])\s*[-–]?\s*(?<w>[\p{L}\d]{3,12})\s*[.;]?\s*$")]
    private static partial Regex DigitAndWord();

    /// <summary>Whether a line of a links table is a level cell with its level word misprinted.</summary>
    public static bool Is(string text) =>
        DigitAndWord().Match(text) is { Success: true } m
        && m.Groups["w"].Value.ToLowerInvariant() is var word
        && Words.Any(w => Distance(word, w) is > 0 and <= MaxEdits);

    /// <summary>Levenshtein distance; the words are a dozen letters at most.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
