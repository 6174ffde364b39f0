namespace CareerGraph.Standards.Extraction;

using CareerGraph.Standards.Framework;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Reading;

/// <summary>
/// The steps the extractor runs on one decoded file. <see cref="Default"/> wires the real readers and parsers;
/// tests substitute a failing step to prove that nothing escapes the extractor's error boundary.
/// </summary>
public sealed record ExtractionSteps(
    Func<SourceText, bool> IsFramework,
    Func<SourceText, StandardDocument> ParseFramework,
    Func<SourceText, ILayoutReader?> DetectLayout,
    Func<SourceText, IReadOnlyList<LogicalLine>, ICollection<SourceWarning>, StandardDocument> ParseStandard)
{
    public static ExtractionSteps Default { get; } =
        new(FrameworkParser.IsFramework, FrameworkParser.Parse, LayoutDetector.Detect, StandardParser.Parse);

    /// <summary>Keep a text that shows signs of being cut off (with its warnings) instead of refusing it.</summary>
    public bool KeepIncomplete { get; init; }
}
