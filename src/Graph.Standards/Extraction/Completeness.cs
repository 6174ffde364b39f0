namespace CareerGraph.Standards.Extraction;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>
/// The truncation rule. A standard from which no card could be read is an error (cut before chapter 3, or only
/// its preamble survived): there is nothing to load. A standard with cards is kept, with a warning at its last line,
/// when it shows the signs of a cut: no version (chapter 4 missing) or a last card without labour functions or
/// link table. A framework with no area is an error. The ru reference-info seed legitimately lacks chapter 4
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
        var missing = new List<string>();
        if (last.LaborFunctions.Count == 0) missing.Add("labour functions");
        if (last.Links.Count == 0) missing.Add("link table");
        if (missing.Count > 0)
            warnings.Add(new SourceWarning(last.Lines.Last,
                $"the last card ({Describe(last)}) has no {string.Join(" and no ", missing)}: it may be cut short"));
        return warnings;
    }

    private static string Describe(Card card) => card.Paragraph is { } p ? $"¶{p} «{card.Title}»" : $"«{card.Title}»";
}
