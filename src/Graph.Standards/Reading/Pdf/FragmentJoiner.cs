namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Text;

/// <summary>
/// The document's own vocabulary: words printed whole. A line's first word counts when the line before ends a
/// sentence or is blank, its last word when punctuation closes it, and any edge word of a wide line that is printed at
/// line edges at least twice; otherwise an edge word may be a fragment cut by a narrow PDF column.
/// </summary>
internal sealed class Vocabulary
{
    private const int WideLine = 20;

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> edgeOnly = new(StringComparer.Ordinal);

    public Vocabulary(IReadOnlyList<PdfLine> lines)
    {
        var edgeWords = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordAdder = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var edgeCounter = edgeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxStackWord];
        var tokens = new List<Range>();
        for (var l = 0; l < lines.Count; l++)
        {
            var text = lines[l].Text;
            tokens.Clear();
            foreach (var range in text.AsSpan().Split(' '))
                if (range.End.GetOffset(text.Length) > range.Start.GetOffset(text.Length)) tokens.Add(range);
            var startClosed = l == 0 || lines[l - 1].IsBlank || ".;:!?".Contains(lines[l - 1].Text[^1]);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = text.AsSpan()[tokens[i]];
                ReadOnlySpan<char> word = TryFold(token, buffer, out var length) ? buffer[..length] : Normalize(token.ToString());
                var whole = (i > 0 || startClosed) && (i < tokens.Count - 1 || ".,;:!?)»\"".Contains(token[^1]));
                if (whole) wordAdder.Add(word);
                else if (text.Length >= WideLine) edgeCounter[word] = edgeCounter.TryGetValue(word, out var seen) ? seen + 1 : 1;
            }
        }
        edgeOnly.UnionWith(edgeWords.Where(e => e.Value >= 2 && !words.Contains(e.Key)).Select(e => e.Key));
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        edgeOnlyLookup = edgeOnly.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> edgeOnlyLookup;

    /// <summary>How doubtful a word is: 0 printed whole somewhere, 1 seen only at line edges, 2 never seen.</summary>
    public int Doubt(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[MaxStackWord];
        // Called for every candidate join of every cell: fold on the stack and look the span up without a string.
        ReadOnlySpan<char> word = TryFold(token, buffer, out var length) ? buffer[..length] : Normalize(token.ToString());
        return wordLookup.Contains(word) ? 0 : edgeOnlyLookup.Contains(word) ? 1 : 2;
    }

    private const int MaxStackWord = 256;
    private const string TrimmedPunctuation = "\"«»()[],.;:!?“”";

    /// <summary>
    /// <see cref="Normalize"/> into <paramref name="buffer"/> by table lookup; false for a word too long for it or with
    /// surrogates, which string lower-casing treats as pairs.
    /// </summary>
    private static bool TryFold(ReadOnlySpan<char> token, Span<char> buffer, out int length)
    {
        var trimmed = token.Trim(TrimmedPunctuation);
        length = trimmed.Length;
        if (length > buffer.Length || trimmed.ContainsAnyInRange('\uD800', '\uDFFF')) return false;
        for (var i = 0; i < length; i++) buffer[i] = TextNorm.LabelFold(trimmed[i]);
        return true;
    }

    public static bool HasLetters(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static string Normalize(string token) =>
        token.Trim('"', '«', '»', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '“', '”').ToLowerInvariant().Replace('ё', 'е');
}

/// <summary>
/// Joins a cell's physical lines into one text. A line break is either a space or a word split by the narrow PDF
/// column («наименован / ия», «Обеспечива / т ь»); the split is taken only where the joined word is one the document
/// prints whole elsewhere and the pieces are not. A line-final hyphen is a real hyphen («бизнес- / процессов»), and a
/// line-final slash joins its alternatives («тематикам/ / группам»).
/// </summary>
internal static class FragmentJoiner
{
    private enum Gap { Space, Choice, Join }

    private const int MaxSplitsPerWord = 8;

    /// <summary>An unknown piece this short opening a line («ь», «ие», «ра,») is more likely a cut-off ending than a word.</summary>
    private const int MaxEndingLetters = 2;
    private const int EndingPenalty = 3;

    private static bool IsEnding(string token, Vocabulary vocabulary) =>
        LetterCount(token) is > 0 and <= MaxEndingLetters && vocabulary.Doubt(token) == 2;

    private static int LetterCount(string token)
    {
        var letters = 0;
        foreach (var c in token)
            if (char.IsLetter(c)) letters++;
        return letters;
    }

    public static string Join(IEnumerable<string> lines, Vocabulary vocabulary)
    {
        var tokens = new List<string>();
        var gaps = new List<Gap>(); // gaps[i] lies between tokens[i] and tokens[i + 1]
        foreach (var line in lines)
        {
            var lineTokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (lineTokens.Length == 0) continue;
            if (tokens.Count > 0) gaps.Add(LineBreak(tokens[^1], lineTokens[0]));
            for (var i = 0; i < lineTokens.Length; i++)
            {
                if (i > 0) gaps.Add(Gap.Space);
                tokens.Add(lineTokens[i]);
            }
        }
        if (tokens.Count == 0) return "";
        return Render(tokens, gaps, BestSplit(tokens, gaps, vocabulary));
    }

    private static Gap LineBreak(string before, string after)
    {
        if (before.Length > 1 && before[^1] is '-' or '/' && char.IsLetter(before[^2])) return Gap.Join;
        if (before[^1] == '(' || before == "\"" || ",.;:)".Contains(after[0])) return Gap.Join;
        return Gap.Choice;
    }

    /// <summary>For every token, the index of the last token of the word it starts (dynamic programming from the end).</summary>
    private static int[] BestSplit(List<string> tokens, List<Gap> gaps, Vocabulary vocabulary)
    {
        var n = tokens.Count;
        var cost = new (int Unknown, int Joins)[n + 1];
        var end = new int[n];
        // Without a line break to choose, every token has one candidate word and costs decide nothing: skip the lookups.
        var anyChoice = gaps.Contains(Gap.Choice);
        var word = new System.Text.StringBuilder(64);
        for (var i = n - 1; i >= 0; i--)
        {
            cost[i] = (int.MaxValue, int.MaxValue);
            word.Clear();
            var joins = 0;
            var endingLeftAlone = i > 0 && gaps[i - 1] == Gap.Choice && IsEnding(tokens[i], vocabulary) ? EndingPenalty : 0;
            for (var j = i; j < n && joins <= MaxSplitsPerWord; j++)
            {
                if (j > i)
                {
                    if (gaps[j - 1] == Gap.Space) break;
                    if (gaps[j - 1] == Gap.Choice) joins++;
                }
                word.Append(tokens[j]);
                if (j < n - 1 && gaps[j] == Gap.Join) continue;
                if (cost[j + 1].Unknown == int.MaxValue) continue;
                var doubt = anyChoice ? HasLettersAndDoubt(word, vocabulary) * (1 + joins) : 0;
                var candidate = (Unknown: doubt + endingLeftAlone + cost[j + 1].Unknown, Joins: joins + cost[j + 1].Joins);
                if (candidate.CompareTo(cost[i]) < 0) (cost[i], end[i]) = (candidate, j);
            }
        }
        return end;
    }

    /// <summary>The word's doubt, or 0 when it has no letters; read from the builder's chunks without a string when it has one.</summary>
    private static int HasLettersAndDoubt(System.Text.StringBuilder word, Vocabulary vocabulary)
    {
        var chunks = word.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == word.Length)
            return Vocabulary.HasLetters(chunks.Current.Span) ? vocabulary.Doubt(chunks.Current.Span) : 0;
        var text = word.ToString();
        return Vocabulary.HasLetters(text) ? vocabulary.Doubt(text) : 0;
    }

    private static string Render(List<string> tokens, List<Gap> gaps, int[] end)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i = end[i] + 1)
        {
            if (text.Length > 0) text.Append(' ');
            for (var j = i; j <= end[i]; j++) text.Append(tokens[j]);
        }
        return text.ToString();
    }
}
