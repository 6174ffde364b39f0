using CareerGraph.Careers.Text;

namespace CareerGraph.Careers.Selection;

/// <summary>How closely a typed name matches a printed one, best first.</summary>
public enum NameTier
{
    /// <summary>The folded keys are equal.</summary>
    Exact,
    /// <summary>Equal once bracketed parts are dropped («Call-орталықтың басшысы (басқарушысы)»).</summary>
    WithoutBrackets,
    /// <summary>The name starts with the query.</summary>
    Prefix,
    /// <summary>Every query word starts a word (or a hyphenated part) of the name, in any order.</summary>
    WordSubset,
    /// <summary>As <see cref="WordSubset"/>, each word within a small edit distance.</summary>
    Typo,
}

/// <summary>
/// A query folded once (<see cref="MatchText.Key"/>) and compared with printed names by tier. Shared by the
/// selector (a tier decides a unique match) and search (tiers rank results), so both forgive the same things.
/// </summary>
public sealed class NameQuery
{
    private readonly string[] _words;

    public NameQuery(string text)
    {
        Key = MatchText.Key(text);
        KeyWithoutBrackets = MatchText.Key(NameMatch.WithoutBrackets(text));
        _words = MatchText.SplitWords(text).ToArray();
    }

    public string Key { get; }

    public string KeyWithoutBrackets { get; }

    public bool IsEmpty => Key.Length == 0;

    /// <summary>The best tier at which <paramref name="name"/> matches, or null.</summary>
    public NameTier? Match(string name)
    {
        var key = MatchText.Key(name);
        if (key == Key) return NameTier.Exact;
        var bare = MatchText.Key(NameMatch.WithoutBrackets(name));
        if (bare.Length > 0 && (bare == KeyWithoutBrackets || bare == Key)) return NameTier.WithoutBrackets;
        if (key.StartsWith(Key, StringComparison.Ordinal) || bare.StartsWith(KeyWithoutBrackets, StringComparison.Ordinal))
            return NameTier.Prefix;
        var parts = NameMatch.Parts(key);
        if (_words.All(w => parts.Any(p => p.StartsWith(w, StringComparison.Ordinal)))) return NameTier.WordSubset;
        if (_words.All(w => parts.Any(p => NameMatch.NearPrefix(w, p)))) return NameTier.Typo;
        return null;
    }
}

public static class NameMatch
{
    /// <summary>The text without its (…) and […] parts: the printed alternative names inside brackets.</summary>
    public static string WithoutBrackets(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Words of a folded key plus the parts of its hyphenated words («call-центра» → «call», «центра»).</summary>
    public static string[] Parts(string key) =>
        key.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Contains('-') ? w.Split('-', StringSplitOptions.RemoveEmptyEntries).Prepend(w) : [w])
            .ToArray();

    /// <summary>Edits forgiven in a word: none up to 3 letters, one up to 7, two beyond.</summary>
    public static int AllowedEdits(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;

    /// <summary>True when <paramref name="word"/> is within its allowed edits of a prefix of <paramref name="part"/>.</summary>
    public static bool NearPrefix(string word, string part)
    {
        var allowed = AllowedEdits(word.Length);
        if (allowed == 0) return false;
        for (var len = Math.Max(1, word.Length - allowed); len <= Math.Min(part.Length, word.Length + allowed); len++)
            if (Distance(word, part.AsSpan(0, len), allowed) <= allowed) return true;
        return false;
    }

    /// <summary>Levenshtein distance, or more than <paramref name="limit"/> as soon as it is exceeded.</summary>
    private static int Distance(string a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            var t = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }
}
