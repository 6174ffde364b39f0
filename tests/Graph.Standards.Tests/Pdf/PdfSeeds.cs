namespace CareerGraph.Standards.Tests.Pdf;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Reading.Pdf;

/// <summary>The seed documents as the loader sees them, and the ru PDF-converted file read once for all tests.</summary>
internal static class PdfSeeds
{
    public const string RuReferenceInfo = "ru_reference-information-services_2025.txt";

    public static readonly string[] OtherSeeds =
    [
        "kk_mice-business-travel_2022.txt",
        "kk_reference-information-services_2025.txt",
        "kk_employment-assistance_2025.txt",
        "kk_ict-sectoral-framework_2013.txt",
        "ru_insurance_2024.md",
        "kk_insurance_2024.md",
    ];

    private static readonly Lazy<ReadResult> RuRead = new(() =>
    {
        var source = Load(RuReferenceInfo);
        var warnings = new List<SourceWarning>();
        return new ReadResult(source, new PdfTextReader().Read(source, warnings), warnings);
    });

    public static ReadResult Ru => RuRead.Value;

    public static SourceText Load(string fileName) => Seeds.Source(fileName);
}

internal sealed record ReadResult(SourceText Source, IReadOnlyList<LogicalLine> Lines, IReadOnlyList<SourceWarning> Warnings)
{
    /// <summary>The logical line whose range starts at physical line <paramref name="line"/> (the first one if a line was split).</summary>
    public int IndexStartingAt(int line)
    {
        for (var i = 0; i < Lines.Count; i++)
            if (Lines[i].Lines.First == line) return i;
        throw new Xunit.Sdk.XunitException($"no logical line starts at L{line}");
    }

    public LogicalLine StartingAt(int line) => Lines[IndexStartingAt(line)];

    /// <summary>The logical lines from the card heading at <paramref name="headingLine"/> up to the next heading or chapter.</summary>
    public IReadOnlyList<LogicalLine> Card(int headingLine)
    {
        var start = IndexStartingAt(headingLine);
        var end = start + 1;
        while (end < Lines.Count && !IsHeading(Lines[end].Text)) end++;
        return Lines.Skip(start).Take(end - start).ToList();
    }

    public static bool IsHeading(string text) =>
        text.StartsWith("Глава ", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{1,2}\.\s*Карточка профессии");
}
