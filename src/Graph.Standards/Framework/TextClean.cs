namespace CareerGraph.Standards.Framework;

using System.Text;

internal static class TextClean
{
    /// <summary>Collapses tabs, NBSP and space runs into one space and trims: layout, not content.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            sb.Append(ch);
            space = false;
        }
        return sb.ToString();
    }
}
