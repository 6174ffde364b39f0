namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Model;

/// <summary>A decoded source file: its name (for messages), full text and physical lines (index 0 = line 1).</summary>
public sealed record SourceText(string FileName, string Text, IReadOnlyList<string> Lines)
{
    /// <summary>A text whose lines are split when a reader first asks for them.</summary>
    public SourceText(string fileName, string text) : this(fileName, text, new SourceLines(text))
    {
    }
}

/// <summary>
/// A layout reader's unit of output: one logical line of text (a label, a value, a list item...) with the physical
/// lines it came from. Readers remove the layout (tabs, HTML, PDF artefacts) so the card parser sees one shape.
/// </summary>
public sealed record LogicalLine(string Text, LineRange Lines);

/// <summary>One layout family of published standards (tab cells, one cell per line, HTML tables, PDF text...).</summary>
public interface ILayoutReader
{
    /// <summary>Short name of the family, used in reports.</summary>
    string Family { get; }

    /// <summary>How strongly the content (never the file name) looks like this layout, 0..1.</summary>
    double Match(SourceText source);

    IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings);
}
