#:project ../../src/Graph.Careers/Graph.Careers.csproj
#:project ../../src/Graph.Standards/Graph.Standards.csproj
#:property Nullable=enable
#:property PublishAot=false
// Times the seeds' startup work (extraction, graph build and its parts) and writes the built graph's edges with
// their confidences, evidence and per-step new-skill counts, one per line, so two builds can be diffed byte for byte.
// Usage: dotnet run bench/load/graph-check.cs -c Release -- <seeds folder> <dump file>
using System.Diagnostics;
using System.Globalization;
using CareerGraph.Careers.Building;
using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Extraction;

var (seeds, dump) = (args[0], args[1]);
var me = Process.GetCurrentProcess();
TimeSpan Cpu() { me.Refresh(); return me.TotalProcessorTime; }
var sw = Stopwatch.StartNew();
var cpu = Cpu();
string Took() => $"{sw.ElapsedMilliseconds,6} ms wall {(Cpu() - cpu).TotalMilliseconds,6:F0} ms cpu";
var extracted = StandardsExtractor.Extract([seeds]);
Console.WriteLine($"extract            {Took()} ({extracted.Documents.Count} documents)");
ProfessionGraph graph = null!;
for (var run = 1; run <= 3; run++)
{
    sw.Restart(); cpu = Cpu();
    graph = CareerGraphBuilder.Build(extracted.Documents);
    Console.WriteLine($"build #{run}           {Took()} ({graph.ProfessionCount} professions, {graph.Edges.Count} edges)");
}
sw.Restart(); cpu = Cpu();
var inferred = OverlapInference.Infer(graph, OverlapWeights.Default);
Console.WriteLine($"  overlap inference {Took()} ({inferred.Count} edges)");
sw.Restart(); cpu = Cpu();
ProfessionGraph.Create(graph.Standards, graph.Nodes, graph.Items, graph.Profiles, graph.Edges, graph.Levels, graph.Resolution);
Console.WriteLine($"  graph create      {Took()} (stems, name index, new-skill counts, CSR)");
using var w = new StreamWriter(dump);
foreach (var e in graph.Edges)
    w.WriteLine(string.Join('\t', graph.Nodes[e.From].Id, graph.Nodes[e.To].Id, e.Kind,
        e.Confidence.ToString("R", CultureInfo.InvariantCulture), e.Inferred, graph.NewSkillCount(e.From, e.To), e.Evidence));
Console.WriteLine($"wrote {graph.Edges.Count} edges to {dump}");
