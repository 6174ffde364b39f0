namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Model;

/// <summary>
/// Text converted from PDF: split words, spaced letters, vertical labels, page-break disorder. Repairs are generic
/// (driven by the layout signals and the document's own vocabulary), so other PDF-converted standards read the same way.
/// </summary>
public sealed class PdfTextReader : ILayoutReader
{
    public string Family => "pdf-text";

    public double Match(SourceText source) => PdfSignature.Score(source);

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings)
    {
        var lines = PdfLineCleaner.Clean(source, warnings);
        var vocabulary = new Vocabulary(lines);
        var blocks = PdfBlocks.Split(lines);
        var ordered = PdfBlocks.GlueContinuations(PageBreakOrder.Restore(blocks, warnings));
        return new LineAssembler(vocabulary, warnings).Assemble(ordered);
    }
}
