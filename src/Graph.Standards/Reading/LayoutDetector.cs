namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Reading.Pdf;

/// <summary>Picks the layout reader whose content signature matches best; never looks at the file name.</summary>
public static class LayoutDetector
{
    public static IReadOnlyList<ILayoutReader> Readers { get; } =
    [
        new TabCellReader(),
        new MarkdownFragmentReader(),
        new HtmlTableReader(),
        new PdfTextReader(),
    ];

    /// <summary>The best-matching reader, or null when nothing matches (not a standard in a known layout).</summary>
    public static ILayoutReader? Detect(SourceText source)
    {
        ILayoutReader? best = null;
        var bestScore = 0.0;
        foreach (var reader in Readers)
        {
            var score = reader.Match(source);
            if (score > bestScore) (best, bestScore) = (reader, score);
        }
        return best;
    }
}
