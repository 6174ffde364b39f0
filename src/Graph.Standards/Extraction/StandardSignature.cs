namespace CareerGraph.Standards.Extraction;

using System.Buffers;
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
        var squeezed = ArrayPool<char>.Shared.Rent(text.Length);
        var s = squeezed.AsSpan(0, Squeeze(text, squeezed));
        var count = 0;
        foreach (var word in Words)
            for (var i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = NextIndex(s, word, i + word.Length))
                count++;
        ArrayPool<char>.Shared.Return(squeezed);
        return count;
    }

    /// <summary>
    /// The text without whitespace, lower-cased, into <paramref name="buffer"/>; returns its length. A pooled buffer:
    /// every file is squeezed on the way in, and a fresh copy of a whole standard lands on the large-object heap.
    /// </summary>
    private static int Squeeze(string text, char[] buffer)
    {
        var length = 0;
        foreach (var c in text)
            if (!TextNorm.IsWhiteSpace(c)) buffer[length++] = TextNorm.LowerInvariant(c);
        return length;
    }

    private static int NextIndex(ReadOnlySpan<char> s, string word, int from) =>
        s[from..].IndexOf(word, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

    public static bool LooksLikeStandard(string text) => Mentions(text) >= 3;

    private static readonly string[] CardWords = ["карточк", "картас", "біліктілікшеңбер", "рамкаквалификац", "рамкиквалификац"];

    /// <summary>Whether the text names a profession card (ru «карточка», kk «карточкасы», «картасы») or a framework.</summary>
    public static bool MentionsCards(string text)
    {
        var squeezed = ArrayPool<char>.Shared.Rent(text.Length);
        var s = squeezed.AsSpan(0, Squeeze(text, squeezed));
        var found = false;
        foreach (var word in CardWords)
            found = found || s.Contains(word, StringComparison.Ordinal);
        ArrayPool<char>.Shared.Return(squeezed);
        return found;
    }

    private const string ContentsRu = "## Части документа", ContentsKk = "## Құжат бөліктері";

    /// <summary>The legal database's contents page of a split act: a «## Части документа» heading (printed so in both languages).</summary>
    public static bool IsContentsPage(string text)
    {
        if (!text.Contains(ContentsRu, StringComparison.Ordinal) && !text.Contains(ContentsKk, StringComparison.Ordinal)) return false;
        var span = text.AsSpan();
        foreach (var range in span.Split('\n'))
        {
            var line = span[range].TrimEnd('\r').Trim();
            if (line.SequenceEqual(ContentsRu) || line.SequenceEqual(ContentsKk)) return true;
        }
        return false;
    }
}
