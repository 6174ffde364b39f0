namespace CareerGraph.Standards.Text;

using System.Buffers;
using System.Globalization;

/// <summary>
/// Normalisation shared by readers and the parser. <see cref="Clean"/> keeps the printed wording and only repairs
/// encoding noise (NBSP, tab runs, Latin homoglyphs inside Kazakh words); <see cref="Key"/> is for matching only.
/// </summary>
public static class TextNorm
{
    /// <summary>Collapses every kind of whitespace to one space, trims, and repairs Latin homoglyphs in Cyrillic words.</summary>
    public static string Clean(string text)
    {
        // Most lines are clean already (single spaces, nothing to trim): keep the string instead of copying it.
        if (IsClean(text)) return FixHomoglyphs(text);
        var buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (WhiteSpace[ch] || ch is '\u200B' or '\uFEFF')
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = ch;
        }
        return FixHomoglyphs(new string(buffer[..length]));
    }

    /// <summary>Whether <see cref="Clean"/> would only repair homoglyphs: no whitespace but single inner spaces.</summary>
    private static bool IsClean(string text) =>
        text.Length == 0 || text[0] != ' ' && text[^1] != ' ' && !text.AsSpan().Contains("  ", StringComparison.Ordinal)
        && text.AsSpan().IndexOfAny(OtherSpace) < 0;

    /// <summary>Every character <see cref="Clean"/> turns into a space or drops, but the plain space.</summary>
    private static readonly SearchValues<char> OtherSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF'))]);

    /// <summary>
    /// Latin i/I next to a Cyrillic letter is the Kazakh і/І typed on a Latin layout (kk reference-info L6);
    /// Latin ə (U+0259) stands for Cyrillic ә (kk reference-info L830).
    /// </summary>
    public static string FixHomoglyphs(string text)
    {
        if (text.AsSpan().IndexOfAny(Homoglyphs) < 0) return text;
        return string.Create(text.Length, text, static (chars, text) =>
        {
            text.AsSpan().CopyTo(chars);
            RepairHomoglyphs(chars);
        });
    }

    private static readonly SearchValues<char> Homoglyphs = SearchValues.Create("iIəƏ");

    private static void RepairHomoglyphs(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            switch (chars[i])
            {
                case 'ə': chars[i] = 'ә'; break;
                case 'Ə': chars[i] = 'Ә'; break;
                case 'i' or 'I':
                    var prevCyr = i > 0 && IsCyrillic(chars[i - 1]);
                    var nextCyr = i + 1 < chars.Length && IsCyrillic(chars[i + 1]);
                    var prevLatin = i > 0 && IsLatin(chars[i - 1]);
                    var nextLatin = i + 1 < chars.Length && IsLatin(chars[i + 1]);
                    if ((prevCyr || nextCyr) && !prevLatin && !nextLatin) chars[i] = chars[i] == 'i' ? 'і' : 'І';
                    break;
            }
        }
    }

    /// <summary>
    /// In the Russian PDF text «Ұ» stands for «ё» («утверждҰнными», ru reference-info L1062): Ұ between two lower-case
    /// Cyrillic letters is never Kazakh in a Russian document.
    /// </summary>
    public static string FixRussianYo(string text)
    {
        if (text.IndexOf('Ұ') < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 1; i + 1 < chars.Length; i++)
            if (chars[i] == 'Ұ' && IsCyrillic(chars[i - 1]) && char.IsLower(chars[i - 1]) && IsCyrillic(chars[i + 1]) && char.IsLower(chars[i + 1]))
                chars[i] = 'ё';
        return new string(chars);
    }

    public static bool IsCyrillic(char ch) => ch is >= '\u0400' and <= '\u04FF';

    private static bool IsLatin(char ch) => ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Matching key: lower case, no whitespace, one dash and one quote character, homoglyphs repaired.</summary>
    public static string Key(string text)
    {
        var key = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var length = Fold(text, key, [], key.Length);
        return new string(key[..length]);
    }

    /// <summary>
    /// The key plus, for every key character, the index of the source character it came from, so that a label
    /// matched on the key can be cut out of the printed text.
    /// </summary>
    public static (string Key, int[] Map) KeyWithMap(string text)
    {
        var key = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var map = new int[text.Length];
        var length = Fold(text, key, map, key.Length);
        return (new string(key[..length]), length == map.Length ? map : map[..length]);
    }

    private const int StackLimit = 512;

    /// <summary>Writes the key of <paramref name="text"/> into <paramref name="key"/> (as long as the text) and returns its length.</summary>
    internal static int KeyInto(string text, Span<char> key) => Fold(text, key, [], key.Length);

    /// <summary><c>Key(text) == key</c>, folding no further than one character past <paramref name="key"/>.</summary>
    public static bool KeyEquals(string text, string key)
    {
        Span<char> folded = stackalloc char[key.Length + 1];
        return folded[..Fold(text, folded, [], folded.Length)].SequenceEqual(key);
    }

    /// <summary>
    /// One pass of <see cref="FixHomoglyphs"/>, whitespace removal and <see cref="FoldChar"/>, stopping after
    /// <paramref name="limit"/> key characters: a repaired «i» depends on the repaired character before it and the
    /// printed one after it, exactly as the in-place repair sees them.
    /// </summary>
    private static int Fold(string text, Span<char> key, Span<int> map, int limit)
    {
        var length = 0;
        var prev = '\0';
        for (var i = 0; i < text.Length && length < limit; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case 'ə': ch = 'ә'; break;
                case 'Ə': ch = 'Ә'; break;
                case 'i' or 'I':
                    var next = i + 1 < text.Length ? text[i + 1] : '\0';
                    var prevCyr = i > 0 && IsCyrillic(prev);
                    var nextCyr = i + 1 < text.Length && IsCyrillic(next);
                    var prevLatin = i > 0 && IsLatin(prev);
                    var nextLatin = i + 1 < text.Length && IsLatin(next);
                    if ((prevCyr || nextCyr) && !prevLatin && !nextLatin) ch = ch == 'i' ? 'і' : 'І';
                    break;
            }
            prev = ch;
            if (KeySkips[ch]) continue;
            key[length] = KeyFolds[ch];
            if (!map.IsEmpty) map[length] = i;
            length++;
        }
        return length;
    }

    /// <summary>Every UTF-16 unit's <see cref="FoldChar"/> and whether the key drops it, computed once: the culture-invariant
    /// lower-casing of a Cyrillic letter otherwise goes through ICU on every call.</summary>
    private static readonly char[] KeyFolds = BuildTable(FoldChar);

    private static readonly bool[] KeySkips = BuildTable(ch => char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF' or '\u00AD');

    /// <summary>Lower case with «ё» as «е», the folding of <see cref="Parsing.PrintedLabel.Flatten"/>, for every UTF-16 unit.</summary>
    internal static char LabelFold(char ch) => LabelFolds[ch];

    private static readonly char[] LabelFolds = BuildTable(ch => ch is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(ch));

    /// <summary><see cref="char.ToLowerInvariant"/> by table lookup.</summary>
    internal static char LowerInvariant(char ch) => LowerInvariants[ch];

    private static readonly char[] LowerInvariants = BuildTable(char.ToLowerInvariant);

    /// <summary><see cref="char.IsWhiteSpace"/> by table lookup.</summary>
    internal static bool IsWhiteSpace(char ch) => WhiteSpace[ch];

    private static readonly bool[] WhiteSpace = BuildTable(char.IsWhiteSpace);

    private static T[] BuildTable<T>(Func<char, T> f)
    {
        var table = new T[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = f((char)c);
        return table;
    }

    private static char FoldChar(char ch) => ch switch
    {
        '–' or '—' or '‒' or '−' or '‑' or '‐' => '-',
        '«' or '»' or '“' or '”' or '„' or '‟' or '″' => '"',
        '’' or '‘' or '`' => '\'',
        'ё' or 'Ё' => 'е',
        _ => char.ToLower(ch, CultureInfo.InvariantCulture),
    };

    /// <summary>Removes surrounding quotes of any style and trailing colons/spaces from a printed title.</summary>
    public static string StripQuotes(string text)
    {
        var t = text.Trim().TrimEnd(':', ' ', '.').Trim();
        if (t.Length >= 2 && IsQuote(t[0]) && IsQuote(t[^1])) t = t[1..^1].Trim();
        return t;
    }

    public static bool IsQuote(char ch) => ch is '"' or '«' or '»' or '“' or '”' or '„';
}
