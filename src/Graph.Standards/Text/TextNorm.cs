namespace CareerGraph.Standards.Text;

using System.Globalization;
using System.Text;

/// <summary>
/// Normalisation shared by readers and the parser. <see cref="Clean"/> keeps the printed wording and only repairs
/// encoding noise (NBSP, tab runs, Latin homoglyphs inside Kazakh words); <see cref="Key"/> is for matching only.
/// </summary>
public static class TextNorm
{
    /// <summary>Collapses every kind of whitespace to one space, trims, and repairs Latin homoglyphs in Cyrillic words.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return FixHomoglyphs(sb.ToString());
    }

    /// <summary>
    /// Latin i/I next to a Cyrillic letter is the Kazakh і/І typed on a Latin layout (kk reference-info L6);
    /// Latin ə (U+0259) stands for Cyrillic ә (kk reference-info L830).
    /// </summary>
    public static string FixHomoglyphs(string text)
    {
        if (text.IndexOfAny(['i', 'I', 'ə', 'Ə']) < 0) return text;
        var chars = text.ToCharArray();
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
        return new string(chars);
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
    public static string Key(string text) => KeyWithMap(text).Key;

    /// <summary>
    /// The key plus, for every key character, the index of the source character it came from, so that a label
    /// matched on the key can be cut out of the printed text.
    /// </summary>
    public static (string Key, int[] Map) KeyWithMap(string text)
    {
        var fixedText = FixHomoglyphs(text);
        var sb = new StringBuilder(fixedText.Length);
        var map = new List<int>(fixedText.Length);
        for (var i = 0; i < fixedText.Length; i++)
        {
            var ch = fixedText[i];
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF' or '\u00AD') continue;
            sb.Append(FoldChar(ch));
            map.Add(i);
        }
        return (sb.ToString(), map.ToArray());
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
