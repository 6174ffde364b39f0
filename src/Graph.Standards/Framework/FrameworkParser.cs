namespace CareerGraph.Standards.Framework;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>Sectoral qualification frameworks (СБШ / ОРК): areas of activity with level descriptors, no cards.</summary>
public static class FrameworkParser
{
    /// <summary>True when the content is a sectoral framework rather than a professional standard.</summary>
    public static bool IsFramework(SourceText source) => false; // not implemented yet

    public static StandardDocument Parse(SourceText source) =>
        throw new NotSupportedException("Sectoral frameworks are not supported yet.");
}
