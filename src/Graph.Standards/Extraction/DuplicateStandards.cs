namespace CareerGraph.Standards.Extraction;

using System.Security.Cryptography;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Text;

/// <summary>A document read from one input, with what identifies it whatever its file is called.</summary>
public sealed record ReadDocument(string Display, StandardDocument Document, byte[] Sha256)
{
    public static ReadDocument Of(string display, StandardDocument document, ReadOnlySpan<byte> bytes) =>
        new(display, document, SHA256.HashData(bytes));
}

/// <summary>
/// The same standard given twice, whatever the file names: the graph would hold every profession twice, and when the
/// names share a stem (kk_insurance_2024.md and kk_insurance_2024.txt) two cards get one id, since card ids are
/// made from the file name. Two inputs are the same standard when they have the same bytes, the same standard code in
/// the same language, or (standards that print no code, like the reference-info pair, and frameworks) the same title
/// in the same language; two different standards with the same file name without extension are refused too, their
/// card ids would repeat. The first input in reading order is kept; each later one is an error naming both files.
/// </summary>
public static class DuplicateStandards
{
    public static (IReadOnlyList<ReadDocument> Kept, IReadOnlyList<ExtractionError> Errors) Find(IEnumerable<ReadDocument> documents)
    {
        var kept = new List<ReadDocument>();
        var errors = new List<ExtractionError>();
        foreach (var candidate in documents)
        {
            var clash = kept.Select(k => Clash(k, candidate)).FirstOrDefault(m => m is not null);
            if (clash is null) kept.Add(candidate);
            else errors.Add(new ExtractionError(candidate.Display, null, clash));
        }
        return (kept, errors);
    }

    /// <summary>Why <paramref name="b"/> cannot be loaded beside <paramref name="a"/>, as the error's message; or null.</summary>
    private static string? Clash(ReadDocument a, ReadDocument b)
    {
        var same = Same(a, b);
        if (same is not null) return $"the same standard as {a.Display} ({same}); give each standard once";
        // Card ids are made from the source path without its extension (an act folder's rus.md keeps its folder).
        var stem = Path.ChangeExtension(a.Document.Source, null);
        return string.Equals(stem, Path.ChangeExtension(b.Document.Source, null), StringComparison.OrdinalIgnoreCase)
            ? $"the same file name as {a.Display} without its extension («{stem}»), and card ids are made from it; rename one"
            : null;
    }

    private static string? Same(ReadDocument a, ReadDocument b)
    {
        if (a.Sha256.AsSpan().SequenceEqual(b.Sha256)) return "identical bytes";
        var (x, y) = (a.Document, b.Document);
        if (x.Language != y.Language || x.Kind != y.Kind) return null;
        // Two editions of one standard (approved on different dates) share code and title but are both kept.
        if (Differ(x.Approval, y.Approval) || Differ(x.Version, y.Version)) return null;
        var lang = x.Language.ToString().ToLowerInvariant();
        if (Code(x) is { } code && code == Code(y)) return $"same standard code {code} in {lang}";
        if (Code(x) is null || Code(y) is null)
            if (TitleKey(x.Title) is { Length: > 0 } title && title == TitleKey(y.Title))
                return $"same title «{x.Title.Trim()}» in {lang}";
        return null;
    }

    private static bool Differ(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && TextNorm.Key(a) != TextNorm.Key(b);

    private static string? Code(StandardDocument d) =>
        d.Code is { } c && c.Trim().Trim('-', '–', '—').Length > 0 ? c.Trim() : null;

    private static string TitleKey(string title) => TextNorm.Key(title);
}
