namespace CareerGraph.Standards.Tests;

using System.Collections.Concurrent;
using System.Text;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Reading;

/// <summary>A seed file run through detection, its layout reader and the standard parser.</summary>
public sealed record ParsedSeed(SourceText Source, ILayoutReader Reader, IReadOnlyList<LogicalLine> Lines, StandardDocument Document)
{
    public Card Card(int paragraph) => Document.Cards.Single(c => c.Paragraph == paragraph);

    public bool HasWarning(int line, string fragment) =>
        Document.Warnings.Any(w => w.Line == line && w.Message.Contains(fragment, StringComparison.Ordinal));
}

/// <summary>Loads seeds/ (found by walking up from the test binaries) the way the loader will, minus the facade.</summary>
public static class Seeds
{
    private static readonly ConcurrentDictionary<string, ParsedSeed> Cache = new();

    public static string Directory { get; } = FindSeeds();

    public static SourceText Source(string file)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Directory, file)));
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return new SourceText(file, text, lines);
    }

    public static ParsedSeed Parse(string file) => Cache.GetOrAdd(file, static f =>
    {
        var source = Source(f);
        var reader = LayoutDetector.Detect(source) ?? throw new InvalidOperationException($"{f}: no layout reader matches");
        var warnings = new List<SourceWarning>();
        var lines = reader.Read(source, warnings);
        return new ParsedSeed(source, reader, lines, StandardParser.Parse(source, lines, warnings));
    });

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "kk_mice-business-travel_2022.txt"))) return candidate;
        }
        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }

    public const string KkReference = "kk_reference-information-services_2025.txt";
    public const string KkEmployment = "kk_employment-assistance_2025.txt";
    public const string KkMice = "kk_mice-business-travel_2022.txt";
    public const string RuInsurance = "ru_insurance_2024.md";
    public const string KkInsurance = "kk_insurance_2024.md";
}
