namespace CareerGraph.Standards.Extraction;

using CareerGraph.Standards.Text;

/// <summary>
/// Content test for "is this meant to be a standard at all?", run before any reader. It looks for the words every
/// standard or framework prints many times (kk «кәсіптік стандарт», «карточкасы», «біліктілік шеңбері»; ru
/// «профессиональный стандарт», «карточка профессии», «рамка квалификаций»), with whitespace removed so that
/// PDF-spaced letters («К а р т о ч к а») still count. A README or a list of sources has none of them.
/// </summary>
public static class StandardSignature
{
    private static readonly string[] Words =
        ["стандарт", "карточк", "біліктілікшеңбер", "рамкаквалификац", "рамкиквалификац"];

    /// <summary>How many times the text mentions the standard vocabulary; 3 or more means "a standard".</summary>
    public static int Mentions(string text)
    {
        var squeezed = new char[text.Length];
        var length = 0;
        foreach (var c in text)
            if (!TextNorm.IsWhiteSpace(c)) squeezed[length++] = TextNorm.LowerInvariant(c);
        var s = squeezed.AsSpan(0, length);
        var count = 0;
        foreach (var word in Words)
            for (var i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = NextIndex(s, word, i + word.Length))
                count++;
        return count;
    }

    private static int NextIndex(ReadOnlySpan<char> s, string word, int from) =>
        s[from..].IndexOf(word, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

    public static bool LooksLikeStandard(string text) => Mentions(text) >= 3;

    private static readonly string[] CardWords = ["карточк", "картас", "біліктілікшеңбер", "рамкаквалификац", "рамкиквалификац"];

    /// <summary>Whether the text names a profession card (ru «карточка», kk «карточкасы», «картасы») or a framework.</summary>
    public static bool MentionsCards(string text)
    {
        var squeezed = string.Concat(text.Where(c => !TextNorm.IsWhiteSpace(c)).Select(TextNorm.LowerInvariant));
        return CardWords.Any(w => squeezed.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The legal database's contents page of a split act: a «## Части документа» heading (printed so in both languages).</summary>
    public static bool IsContentsPage(string text) =>
        text.Split('\n').Any(l => l.TrimEnd('\r').Trim() is "## Части документа" or "## Құжат бөліктері");
}
