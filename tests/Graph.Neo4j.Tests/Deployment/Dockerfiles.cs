using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CareerGraph.Neo4j.Tests.Deployment;

/// <summary>One Dockerfile instruction (continuation lines joined).</summary>
internal sealed record Instruction(string Keyword, string Arguments);

internal static partial class Dockerfiles
{
    public static IReadOnlyList<Instruction> Read(string path) =>
        Regex.Replace(File.ReadAllText(path), @"\\\r?\n", " ")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => new Instruction(p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))
            .ToList();

    /// <summary>The sources of a COPY from the build context (COPY --from=stage copies between stages).</summary>
    public static IEnumerable<string> ContextSources(Instruction copy)
    {
        var parts = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p.StartsWith("--from=", StringComparison.Ordinal))) return [];
        var paths = parts.Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return paths[..^1];
    }

    /// <summary>Whether .dockerignore excludes a context path (patterns used here: "name", "dir/name", "**/name").</summary>
    public static bool Ignored(IEnumerable<string> patterns, string path)
    {
        var segments = path.Trim('/').Split('/');
        return patterns.Any(pattern => pattern.StartsWith("**/", StringComparison.Ordinal)
            ? segments.Contains(pattern[3..])
            : path.Trim('/') == pattern.Trim('/') || path.Trim('/').StartsWith(pattern.Trim('/') + "/", StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> IgnorePatterns(string file) =>
        File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>A project and every project it references, transitively, as paths relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> ProjectClosure(string root, string project)
    {
        var seen = new List<string>();
        var pending = new Stack<string>([Path.GetFullPath(Path.Combine(root, project))]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var relative = Path.GetRelativePath(root, current).Replace('\\', '/');
            if (seen.Contains(relative)) continue;
            seen.Add(relative);
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, (string)reference.Attribute("Include")!)));
        }
        return seen;
    }

    /// <summary>Whether a project needs the ASP.NET Core shared framework at run time.</summary>
    public static bool NeedsAspNetCore(string projectFile)
    {
        var project = XDocument.Load(projectFile);
        return ((string?)project.Root!.Attribute("Sdk"))?.EndsWith(".Web", StringComparison.Ordinal) == true
            || project.Descendants("FrameworkReference").Any(f => (string?)f.Attribute("Include") == "Microsoft.AspNetCore.App");
    }
}
