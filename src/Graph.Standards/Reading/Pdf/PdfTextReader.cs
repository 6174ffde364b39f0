namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Model;

/// <summary>Text converted from PDF: split words, spaced letters, vertical labels, page-break disorder.</summary>
public sealed class PdfTextReader : ILayoutReader
{
    public string Family => "pdf-text";

    public double Match(SourceText source) => 0; // not implemented yet

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings) =>
        throw new NotSupportedException("PDF-converted text is not supported yet.");
}
