namespace CareerGraph.Standards.Extraction;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>
/// The truncation rule. A standard from which no card could be read is an error (cut before chapter 3, or only
/// its preamble survived): there is nothing to load. A standard whose list of professions goes on past the last card
/// read, or whose last card has no labour functions, is cut off: an error unless kept on request. Weaker signs (no
/// version, a last card without a link table) are warnings: real complete standards show them. A framework with no area is an error. The ru reference-info seed legitimately lacks chapter 4
/// (guide §2.3), so it gets the warning and, when its kk twin is loaded, the version is repaired by alignment.
/// </summary>
public static class Completeness
{
    public static ExtractionError? Error(string file, StandardDocument document, SourceText source) => document.Kind switch
    {
        DocumentKind.ProfessionalStandard when document.Cards.Count == 0 => new ExtractionError(file, source.Lines.Count,
            "no profession card could be read: the text ends before chapter 3 or is not a professional standard"),
        DocumentKind.SectoralFramework when document.Framework is not { Areas.Count: > 0 } => new ExtractionError(file, source.Lines.Count,
            "no level descriptors could be read from the qualification framework"),
        _ => null,
    };

    public static IReadOnlyList<SourceWarning> Warnings(StandardDocument document, SourceText source)
    {
        if (document.Kind != DocumentKind.ProfessionalStandard || document.Cards.Count == 0) return [];
        var warnings = new List<SourceWarning>();
        var end = source.Lines.Count;
        if (document.Version is null)
            warnings.Add(new SourceWarning(end, "no version: chapter 4 (technical data) is missing, the document may be truncated"));
        var last = document.Cards[^1];
        // A card without labour functions stops before its core; one without a link table can be complete (some
        // templates print links in forms not read yet), so only the first is a sign of a cut.
        if (last.LaborFunctions.Count == 0)
            warnings.Add(new SourceWarning(last.Lines.Last,
                $"the last card ({Describe(last)}) has no labour functions{(last.Links.Count == 0 ? " and no link table" : "")}: the document is cut off") { Truncation = true });
        else if (last.Links.Count == 0)
            warnings.Add(new SourceWarning(last.Lines.Last, $"the last card ({Describe(last)}) has no link table: it may be cut short"));
        return warnings;
    }

    /// <summary>The first sign of a cut-off text, as the error that refuses it (the caller may keep the text instead).</summary>
    public static ExtractionError? Truncation(string file, StandardDocument document) =>
        document.Warnings.FirstOrDefault(w => w.Truncation) is { } cut
            ? new ExtractionError(file, cut.Line, cut.Message + " (pass --keep-incomplete to load it anyway)")
            : null;

    private static string Describe(Card card) => card.Paragraph is { } p ? $"¶{p} «{card.Title}»" : $"«{card.Title}»";
}
