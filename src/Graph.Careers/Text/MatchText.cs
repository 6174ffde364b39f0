using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareerGraph.Careers.Text;

/// <summary>
/// Normalisation used for every comparison of printed text (titles, link names, skill items). The sources mix
/// scripts and typography: Latin «i» and «ə» inside Kazakh words, «Ұ» printed for «ё» in the Russian PDF, several
/// dashes and quote styles, «Call-» beside «Колл-» (names are compared and searched with Latin parts transcribed,
/// <see cref="Transliterate"/>). Matching therefore works on a folded key: lower case, Cyrillic
/// lookalikes restored, Kazakh and Russian diacritic letters folded to their base letter, quotes and punctuation
/// dropped, dashes unified, whitespace collapsed.
/// </summary>
public static class MatchText
{
    /// <summary>The folded comparison key of a printed string ("" for blank input).</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var words = SplitWords(text);
        return string.Join(' ', words);
    }

    /// <summary>Folded words of a string, in order; hyphenated compounds stay one word («колл-центр»).</summary>
    public static IReadOnlyList<string> SplitWords(string text)
    {
        var composed = IsComposed(text) ? text : text.Normalize(NormalizationForm.FormC);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < composed.Length; i++)
        {
            // A capital «Ұ» after a lower-case letter is the Russian PDF's «ё» («утверждҰнными», ru L1062).
            var ch = composed[i] == 'Ұ' && i > 0 && char.IsLower(composed[i - 1]) ? 'ё' : LowerInvariant(composed[i]);
            var c = UnifyDash(ch);
            if (char.IsLetterOrDigit(c) || c == '-' && current.Length > 0) current.Append(c);
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            while (current.Length > 0 && current[^1] == '-') current.Length--;
            if (current.Length > 0) words.Add(FoldWord(current.ToString()));
            current.Clear();
        }
    }

    /// <summary>
    /// Whether NFC leaves the text as it is, decided without ICU for the scripts of the standards: no character at or
    /// above U+0300 but Cyrillic letters (U+0400–U+0482, U+048A–U+04FF) and the dashes and quotes U+2010–U+2027 — none
    /// of them combines or has a canonical decomposition, so there is nothing to compose. Anything else asks ICU.
    /// Every item and name of every card is folded (twice: key and stems), and the ICU call was most of the build.
    /// </summary>
    private static bool IsComposed(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && c is not (>= '\u0400' and <= '\u0482' or >= '\u048A' and <= '\u04FF' or >= '\u2010' and <= '\u2027'))
                return false;
        return true;
    }

    /// <summary><see cref="char.ToLowerInvariant"/>, with ASCII and Cyrillic from a table (the invariant culture goes through ICU per character).</summary>
    private static char LowerInvariant(char c) =>
        c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c)
        : c is >= '\u0400' and <= '\u04FF' ? CyrillicLower[c - 0x400]
        : char.ToLowerInvariant(c);

    private static readonly char[] CyrillicLower = [.. Enumerable.Range(0x400, 0x100).Select(c => char.ToLowerInvariant((char)c))];

    /// <summary>
    /// Folded words for search: <see cref="SplitWords"/> with the transliteration/translation table applied to the
    /// start of each hyphenated part, so a user typing «колл-центра» finds names printed «Call-центра». Ids and
    /// link resolution keep <see cref="Key"/>, which stays as printed.
    /// </summary>
    public static IReadOnlyList<string> SearchWords(string? text) => string.IsNullOrWhiteSpace(text) ? [] :
        SplitWords(text).Select(w => string.Join('-', w.Split('-').Select(Transliterate))).ToArray();

    /// <summary>The search key of a name: its <see cref="SearchWords"/> joined by spaces.</summary>
    public static string SearchKey(string? text) => string.Join(' ', SearchWords(text));

    /// <summary>
    /// Stems of the content words: hyphenated parts split, stop words dropped, a part in Latin letters transliterated
    /// to Cyrillic (<see cref="Transliterate"/>: «Call-орталық» and «Колл-орталық» share stems), then each word cut to
    /// its first five letters. Kazakh is agglutinative («орталық», «орталығының»), so a fixed-length prefix is a crude
    /// but predictable stem.
    /// </summary>
    public static IReadOnlyList<string> Stems(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var stems = new List<string>();
        foreach (var word in SplitWords(text))
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length < 2 || StopWords.Contains(part)) continue;
                var w = Transliterate(part);
                stems.Add(w.Length > StemLength ? w[..StemLength] : w);
            }
        return stems;
    }

    /// <summary>Length of the word prefix used as a stem.</summary>
    public const int StemLength = 5;

    /// <summary>A short deterministic id fragment for a key (first 12 hex digits of its SHA-256).</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    private static readonly HashSet<string> StopWords =
    [
        // kk conjunctions and postpositions that carry no profession meaning (folded spelling)
        "жане", "мен", "пен", "бен", "немесе", "ушин",
        // ru conjunctions and prepositions
        "и", "в", "во", "по", "на", "с", "со", "для", "к", "ко", "о", "об", "из", "от", "или", "при", "за",
    ];

    /// <summary>
    /// The practical transcription Russian and Kazakh texts use for English loan words, as ordered rows: letter
    /// groups first, then letters, the longest group at a position winning («call» → «колл» as «холл», «молл»;
    /// «risk» → «риск», «web» → «веб», «project» → «проджект», «data» → «дата»). Folded forms only (after FoldWord).
    /// </summary>
    private static readonly (string Latin, string Cyrillic)[] Transcription =
    [
        ("sch", "ш"), ("tch", "ч"), ("all", "олл"),
        ("ch", "ч"), ("sh", "ш"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("th", "т"), ("ph", "ф"), ("ck", "к"), ("qu", "кв"),
        ("ee", "и"), ("oo", "у"), ("ea", "и"), ("ce", "се"), ("ci", "си"), ("cy", "си"), ("ge", "дже"), ("gi", "джи"),
        ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"),
        ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
        ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "и"), ("z", "з"),
    ];

    /// <summary>
    /// A folded word part in Cyrillic: a part with Latin letters is transcribed by <see cref="Transcription"/>, so a
    /// loan word matches in either script; a Cyrillic part is returned as it is. Used when names are compared and
    /// searched; keys and ids keep the printed script.
    /// </summary>
    public static string Transliterate(string part)
    {
        if (!part.Any(c => c is >= 'a' and <= 'z')) return part;
        var sb = new StringBuilder(part.Length + 4);
        for (var i = 0; i < part.Length;)
        {
            var matched = false;
            foreach (var (latin, cyrillic) in Transcription)
                if (string.CompareOrdinal(part, i, latin, 0, latin.Length) == 0)
                {
                    sb.Append(cyrillic);
                    i += latin.Length;
                    matched = true;
                    break;
                }
            if (!matched) sb.Append(part[i++]);
        }
        return sb.ToString();
    }

    private static char UnifyDash(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00AD' => '-',
        _ => c,
    };

    /// <summary>
    /// Folds one lower-case word, part by part around hyphens. In a part that mixes scripts, lookalike letters are
    /// mapped to the script of most of its letters: «бiлiм» (Latin i) becomes Cyrillic, «Cаll» (Cyrillic а) Latin,
    /// while «call» in «call-орталық» or «mice» stay Latin.
    /// </summary>
    private static string FoldWord(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var part in word.Split('-'))
        {
            if (sb.Length > 0) sb.Append('-');
            int cyrillic = 0, latin = 0;
            foreach (var c in part)
                if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
                else if (c is >= 'a' and <= 'z' or 'ə') latin++;
            foreach (var c in part)
                sb.Append(FoldDiacritic(cyrillic == 0 || latin == 0 ? c : cyrillic >= latin ? LatinToCyrillic(c) : CyrillicToLatin(c)));
        }
        return sb.ToString();
    }

    private static char CyrillicToLatin(char c) => c switch
    {
        'а' => 'a', 'с' => 'c', 'е' => 'e', 'о' => 'o', 'р' => 'p', 'х' => 'x', 'у' => 'y', 'к' => 'k', 'і' => 'i',
        'м' => 'm', 'т' => 't', 'в' => 'b', 'һ' => 'h',
        _ => c,
    };

    private static char LatinToCyrillic(char c) => c switch
    {
        'a' => 'а', 'c' => 'с', 'e' => 'е', 'o' => 'о', 'p' => 'р', 'x' => 'х', 'y' => 'у', 'k' => 'к',
        'i' => 'і', 'ə' => 'ә', 'h' => 'һ', 'b' => 'в', 'm' => 'м', 't' => 'т',
        _ => c,
    };

    private static char FoldDiacritic(char c) => c switch
    {
        'ә' => 'а', 'ғ' => 'г', 'қ' => 'к', 'ң' => 'н', 'ө' => 'о', 'ұ' => 'у', 'ү' => 'у', 'һ' => 'х', 'і' => 'и',
        'ё' => 'е', 'й' => 'и', 'ə' => 'а',
        _ => FoldLatin(c),
    };

    private static char FoldLatin(char c)
    {
        if (c < '\u00C0' || c > '\u024F') return c;
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var ch in d)
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) return ch;
        return c;
    }
}
