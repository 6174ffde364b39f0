using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Building;

/// <summary>
/// A standard's id, from what its editions print, never from file names, so that a renamed or moved file keeps
/// its ids (and the ids of its professions, "{standard id}/{n}"); a plain act folder (rus.md, kaz.md) changes none:
/// <list type="number">
/// <item>the standard code and the year of the version or approval: <c>N78100_2025</c>, <c>K65112007_2024</c>
/// (the year keeps two editions of one standard apart);</item>
/// <item>else the approving order's number and year: <c>order-394_2025</c> (one order approving several standards
/// in appendices of an act folder: <c>order-60_2024-an001</c>);</item>
/// <item>else the act of the legal database and the appendix, when the texts came from an act folder:
/// <c>act-192873-an001</c>;</item>
/// <item>else a hash of the title: <c>standard-1a2b3c4d</c>.</item>
/// </list>
/// </summary>
public static partial class StandardIds
{
    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"№\s*(\d+)")]
    private static partial Regex OrderNumber();

    public static string Of(IReadOnlyList<StandardDocument> editions)
    {
        var year = editions.Select(d => YearOf(d.Version) ?? YearOf(d.Approval)).FirstOrDefault(y => y is not null);
        var suffix = year is null ? "" : "_" + year;
        if (editions.Select(d => TwinFinder.NormaliseCode(d.Code)).FirstOrDefault(c => c is not null) is { } code)
            return Slug(code) + suffix;
        var act = editions.Select(d => d.Act).FirstOrDefault(a => a is not null);
        var appendix = act?.Appendix is { } an ? "-" + an : "";
        if (editions.Select(d => d.Approval is null ? null : OrderNumber().Match(d.Approval)).FirstOrDefault(m => m is { Success: true }) is { } order)
            return $"order-{order.Groups[1].Value}{suffix}{appendix}";
        if (act is not null) return $"act-{act.Id}{appendix}";
        var title = editions.OrderBy(d => d.Language).Select(d => d.Title).First();
        return "standard-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..8];
    }

    private static string? YearOf(string? text) => text is null ? null : Year().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>Codes are Latin letters and digits once homoglyphs are mapped; anything else becomes «-».</summary>
    private static string Slug(string code) =>
        new([.. code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
