namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>
/// Turns a reader's logical lines into a professional standard: metadata from chapters 1, 2 and 4, cards from
/// chapter 3. One parser for every layout: it recognises labels in all their printed variants.
/// </summary>
public static class StandardParser
{
    public static StandardDocument Parse(SourceText source, IReadOnlyList<LogicalLine> lines, ICollection<SourceWarning> warnings) =>
        throw new NotImplementedException();
}
