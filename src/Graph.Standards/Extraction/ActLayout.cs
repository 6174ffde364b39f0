namespace CareerGraph.Standards.Extraction;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>Where a file found in a folder sits in the legal database's act layout, and under what name it is read.</summary>
public sealed record Placement(string Name, ActFolder? Act, string? SkipReason);

/// <summary>
/// The folder layout of the official legal database and its git mirrors: an act is a folder
/// `&lt;mmdd&gt;-&lt;slug&gt;-&lt;act id&gt;` holding `rus.md`, `kaz.md` and `meta.yaml`; a large act's texts become contents
/// pages and its parts sit in `rus/` and `kaz/`: `an001.md`, `an002.md`, … (one appendix, one standard) or
/// `ch001.md`, `ch001-part001-t001.md` (one oversized text split by chapter and table). The layout says which texts
/// belong together; whether a text is a standard is still decided by its content.
/// </summary>
public static partial class ActLayout
{
    [GeneratedRegex(@"^\d{4}-[0-9a-z-]*-(\d{4,})$")]
    private static partial Regex ActFolderName();

    [GeneratedRegex(@"^an\d{3}$")]
    private static partial Regex AppendixName();

    private static readonly string[] Texts = ["rus", "kaz"];

    /// <summary>
    /// A file outside any act folder keeps its file name. A text of an act is named by its path from the act folder
    /// (`1230-…-205264/rus.md`, `0123-…-192873/rus/an001.md`), so that the many `rus.md` of a checkout stay apart in
    /// sources and card ids. Other files of an act (metadata, chapter parts) are skipped with the reason.
    /// </summary>
    public static Placement Of(string fullPath)
    {
        var file = Path.GetFileName(fullPath);
        var parent = Path.GetDirectoryName(fullPath);
        var parentName = Path.GetFileName(parent) ?? "";
        if (ActOf(parentName) is { } act)
        {
            var name = $"{parentName}/{file}";
            var stem = Path.GetFileNameWithoutExtension(file);
            return Texts.Contains(stem) && Path.GetExtension(file) == ".md"
                ? new Placement(name, new ActFolder(act, parentName, null), null)
                : new Placement(name, new ActFolder(act, parentName, null), file == "meta.yaml" ? "the act's metadata, not a text" : "not one of the act's texts (rus.md, kaz.md)");
        }
        var grandName = Path.GetFileName(Path.GetDirectoryName(parent)) ?? "";
        if (Texts.Contains(parentName) && ActOf(grandName) is { } partOf)
        {
            var name = $"{grandName}/{parentName}/{file}";
            var stem = Path.GetFileNameWithoutExtension(file);
            return AppendixName().IsMatch(stem) && Path.GetExtension(file) == ".md"
                ? new Placement(name, new ActFolder(partOf, grandName, stem), null)
                : new Placement(name, new ActFolder(partOf, grandName, null),
                    "a part of a text split by chapter or table; only whole texts and appendices (anNNN.md) are read");
        }
        return new Placement(file, null, null);
    }

    /// <summary>True for a file the folder walk should look at: a text file, or any file of an act (to count it).</summary>
    public static bool InAct(string fullPath)
    {
        var parent = Path.GetDirectoryName(fullPath);
        var parentName = Path.GetFileName(parent) ?? "";
        return ActOf(parentName) is not null
               || Texts.Contains(parentName) && ActOf(Path.GetFileName(Path.GetDirectoryName(parent)) ?? "") is not null;
    }

    private static string? ActOf(string folderName) =>
        ActFolderName().Match(folderName) is { Success: true } m ? m.Groups[1].Value : null;
}
