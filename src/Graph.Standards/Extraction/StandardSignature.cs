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

    /// <summary>Mentions of the standard vocabulary, counted up to <paramref name="enough"/>.</summary>
    private static int Mentions(ReadOnlySpan<char> squeezed, int enough)
    {
        var count = 0;
        foreach (var word in Words)
            for (var i = squeezed.IndexOf(word, StringComparison.Ordinal); i >= 0 && count < enough; i = NextIndex(squeezed, word, i + word.Length))
                count++;
        return count;
    }

    /// <summary>The text mentions the standard vocabulary 3 times or more.</summary>
    public static bool LooksLikeStandard(string text) => Holds(text, static s => Mentions(s, 3) >= 3);

    private static readonly string[] CardWords = ["карточк", "картас", "біліктілікшеңбер", "рамкаквалификац", "рамкиквалификац"];

    /// <summary>Whether the text names a profession card (ru «карточка», kk «карточкасы», «картасы») or a framework.</summary>
    public static bool MentionsCards(string text) => Holds(text, static s =>
    {
        foreach (var word in CardWords)
            if (s.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    });

    private const int Prefix = 32_768;

    /// <summary>
    /// Whether the squeezed text passes <paramref name="test"/>, a test that stays true as text is added: tried on the
    /// squeezed first <see cref="Prefix"/> characters (a standard names itself in its first lines) before the whole.
    /// </summary>
    private static bool Holds(string text, Func<ReadOnlySpan<char>, bool> test)
    {
        var squeezed = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            if (text.Length > Prefix && test(squeezed.AsSpan(0, Squeeze(text.AsSpan(0, Prefix), squeezed)))) return true;
            return test(squeezed.AsSpan(0, Squeeze(text, squeezed)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(squeezed);
        }
    }

    /// <summary>
    /// The text without whitespace, lower-cased, into <paramref name="buffer"/>; returns its length. A pooled buffer:
    /// every file is squeezed on the way in, and a fresh copy of a whole standard lands on the large-object heap.
    /// </summary>
    private static int Squeeze(ReadOnlySpan<char> text, char[] buffer)
    {
        var length = 0;
        foreach (var c in text)
            if (!TextNorm.IsWhiteSpace(c)) buffer[length++] = TextNorm.LowerInvariant(c);
        return length;
    }

    private static int NextIndex(ReadOnlySpan<char> s, string word, int from) =>
        s[from..].IndexOf(word, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

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
