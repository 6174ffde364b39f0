namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;

/// <summary>Kazakh or Russian from the text itself: the share of letters that exist only in the Kazakh alphabet.</summary>
public static class LanguageDetector
{
    private const string KazakhOnly = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    public static Language Detect(string text)
    {
        long cyrillic = 0, kazakh = 0;
        foreach (var ch in text)
        {
            if (ch is < '\u0400' or > '\u04FF') continue;
            cyrillic++;
            if (KazakhOnly.Contains(ch)) kazakh++;
        }
        // Kazakh prose has several percent of these letters; a Russian text has only stray homoglyphs («Ұ» for «ё»).
        return cyrillic > 0 && kazakh * 100 >= cyrillic ? Language.Kk : Language.Ru;
    }
}
