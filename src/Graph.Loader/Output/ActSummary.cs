namespace CareerGraph.Loader.Output;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;

/// <summary>
/// The per-act lines printed after extracting a checkout of the legal database: for each act folder, which texts
/// were read as standards (language and appendix) and how many files were skipped and why; then how many skipped
/// files there were and how many acts hold no standard. A researcher pointing the loader at the mirror sees what it made of every act.
/// </summary>
public static class ActSummary
{
    public static void Write(TextWriter writer, ExtractionResult result)
    {
        var failedIn = result.Errors.Select(e => (Act: ActLayout.Of(Path.GetFullPath(e.File)).Act, e))
            .Where(x => x.Act is not null).ToLookup(x => x.Act!.Folder, x => x.e);
        var acts = result.Documents.Select(d => d.Act).Concat(result.Skipped.Select(s => s.Act))
            .Concat(result.Errors.Select(e => ActLayout.Of(Path.GetFullPath(e.File)).Act))
            .OfType<ActFolder>().DistinctBy(a => a.Folder).OrderBy(a => a.Folder, StringComparer.Ordinal).ToList();
        foreach (var act in acts)
        {
            var read = result.Documents.Where(d => d.Act?.Folder == act.Folder).ToList();
            var skipped = result.Skipped.Where(s => s.Act?.Folder == act.Folder).ToList();
            var failed = failedIn[act.Folder].Count();
            var texts = read.Count == 0 ? "no standard read"
                : $"{read.Count} text{(read.Count == 1 ? "" : "s")} read ({string.Join(", ", read.Select(Part))}; {read.Sum(d => d.Cards.Count)} cards)";
            var errors = failed == 0 ? "" : $"; {failed} failed (above)";
            var skips = skipped.Count == 0 ? ""
                : $"; {skipped.Count} skipped: " + string.Join("; ", skipped.GroupBy(s => s.Reason).Select(g => $"{g.Count()} × {g.Key}"));
            writer.WriteLine($"act {act.Id} {act.Folder}: {texts}{errors}{skips}");
        }
        if (result.Skipped.Count > 0)
        {
            var empty = acts.Count(a => result.Documents.All(d => d.Act?.Folder != a.Folder) && !failedIn[a.Folder].Any());
            writer.WriteLine($"skipped {result.Skipped.Count} file(s) that are not standards"
                             + (acts.Count > 0 ? $"; {empty} of {acts.Count} act(s) hold no standard" : ""));
        }
    }

    private static string Part(StandardDocument d) =>
        (d.Language == Language.Kk ? "kk" : "ru") + (d.Act!.Appendix is { } an ? " " + an : "");
}
