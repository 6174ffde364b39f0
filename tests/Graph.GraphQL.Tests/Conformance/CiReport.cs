namespace CareerGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Conformance figures for the CI log: when CAREERGRAPH_REPORT names a file (set by .ci/run), each check appends its
/// summary there, so CI prints the counts even though passing tests' output is not shown by `dotnet test`.
/// </summary>
internal static class CiReport
{
    public static void Append(string check, string text)
    {
        if (Environment.GetEnvironmentVariable("CAREERGRAPH_REPORT") is not { Length: > 0 } path) return;
        File.AppendAllText(path, $"--- {check}\n{text.TrimEnd()}\n");
    }
}
