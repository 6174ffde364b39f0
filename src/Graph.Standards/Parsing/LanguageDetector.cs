namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;

/// <summary>Kazakh or Russian from the text itself: the share of letters that exist only in the Kazakh alphabet.</summary>
public static class LanguageDetector
{
    private const string KazakhOnly = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    /// <summary>Per character of the Cyrillic block: Kazakh-only or not (a whole text is scanned, so no search per character).</summary>
    private static readonly bool[] KazakhInBlock = Table();

    private static bool[] Table()
    {
        var table = new bool[0x100];
        foreach (var ch in KazakhOnly) table[ch - '\u0400'] = true;
        return table;
    }

    public static Language Detect(string text)
    {
        long cyrillic = 0, kazakh = 0;
        foreach (var ch in text)
        {
            var offset = (uint)(ch - '\u0400');
            if (offset >= 0x100) continue;
            cyrillic++;
            if (KazakhInBlock[offset]) kazakh++;
        }
        // Kazakh prose has several percent of these letters; a Russian text has only stray homoglyphs («Ұ» for «ё»).
        return cyrillic > 0 && kazakh * 100 >= cyrillic ? Language.Kk : Language.Ru;
    }
}
