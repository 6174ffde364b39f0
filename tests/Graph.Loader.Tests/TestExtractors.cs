namespace CareerGraph.Loader.Tests;

using System.Text;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Framework;
using CareerGraph.Standards.Reading;

/// <summary>
/// The extraction the CLI tests run against. Until the facade (StandardsExtractor) lands on main, only the
/// framework parser is available, so inputs other than frameworks are reported as errors the way the facade would.
/// </summary>
internal static class TestExtractors
{
    public static Extractor Default { get; } = FrameworkOnly;

    private static ExtractionResult FrameworkOnly(IEnumerable<string> paths, IProgress<string>? progress)
    {
        var docs = new List<CareerGraph.Standards.Model.StandardDocument>();
        var errors = new List<ExtractionError>();
        foreach (var path in paths)
        {
            progress?.Report($"reading {path}");
            var text = File.ReadAllText(path, Encoding.UTF8);
            var source = new SourceText(Path.GetFileName(path), text, text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray());
            if (FrameworkParser.IsFramework(source)) docs.Add(FrameworkParser.Parse(source));
            else errors.Add(new ExtractionError(path, null, "not a sectoral framework"));
        }
        return new ExtractionResult(docs, errors);
    }
}
