namespace CareerGraph.Loader.Tests;

using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>
/// `extract` and `load` pointed at a checkout of the legal database's mirror: act folders at any depth, whole acts
/// (rus.md, kaz.md) and acts split into appendices (rus/an001.md…), contents pages, metadata, an act holding only
/// the order, chapter parts and the `.git` folder. The tree is built from the seeds moved into act folders.
/// </summary>
public sealed class ActFolderTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Insurance = "ministerial/07-ministerial/103016000000-enbek/2024/1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264";
    private const string Split = "ministerial/07-ministerial/103099000000-mcri/2025/0730-ob-utverzhdenii-professionalnykh-standartov-v-sfere-900001";
    private const string OrderOnly = "ministerial/07-ministerial/103016000000-enbek/2025/0101-ob-utverzhdenii-professionalnogo-standarta-900002";

    /// <summary>The mirror's layout with the seeds as texts; returns the checkout's root.</summary>
    private string BuildTree()
    {
        var root = _cli.PathOf("checkout");
        void Copy(string seed, string to)
        {
            var target = Path.Combine(root, to);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(CliHarness.Seeds, seed), target);
        }
        void Write(string to, string text)
        {
            var target = Path.Combine(root, to);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        Copy("kk_insurance_2024.md", $"{Insurance}/kaz.md");
        Copy("ru_insurance_2024.md", $"{Insurance}/rus.md");
        Write($"{Insurance}/meta.yaml", "id: 205264\n");
        // A large act: the texts are contents pages, the standards are appendices; the Kazakh parts are more here.
        const string contents = "# Об утверждении профессиональных стандартов\n\nУтвердить профессиональный стандарт согласно приложению 1 и профессиональный стандарт согласно приложению 2.\n\nПрофессиональные стандарты вводятся в действие.\n\n## Части документа\n\n- [Приложение 1](rus/an001.md)\n- [Приложение 2](rus/an002.md)\n";
        Write($"{Split}/rus.md", contents);
        Write($"{Split}/kaz.md", contents.Replace("rus/", "kaz/"));
        Copy("ru_reference-information-services_2025.txt", $"{Split}/rus/an001.md");
        Copy("kk_reference-information-services_2025.txt", $"{Split}/kaz/an001.md");
        Copy("kk_employment-assistance_2025.txt", $"{Split}/kaz/an002.md");
        Write($"{Split}/rus/ch001.md", "↑ [Вся редакция](../rus.md)\n\n### Глава 1. Общие положения\n");
        Write($"{Split}/meta.yaml", "id: 900001\n");
        // An act that holds only the approving order (like 191422): it names the standard but prints no card.
        Write($"{OrderOnly}/rus.md", "# Об утверждении профессионального стандарта\n\n1. Утвердить прилагаемый профессиональный стандарт «Х».\n\n2. Профессиональный стандарт размещается на интернет-ресурсе.\n\n3. Контроль за исполнением настоящего приказа и профессионального стандарта возложить на вице-министра.\n");
        Write($"{OrderOnly}/meta.yaml", "id: 900002\n");
        Write("ministerial/README.md", "# Ministerial acts of the Republic of Kazakhstan\n");
        // A hidden folder (the checkout's .git) is not entered: this copy would be a second insurance standard.
        Copy("kk_insurance_2024.md", ".git/objects/kaz.md");
        return root;
    }

    [Fact]
    public void Extract_finds_every_standard_of_a_checkout_and_reports_per_act()
    {
        var root = BuildTree();
        var output = _cli.PathOf("out.json");

        var (exit, _, err) = _cli.Run(StandardsExtractor.Extract, "extract", root, "--out", output);

        Assert.Equal(ExitCodes.Ok, exit);
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(output)))
            Assert.Empty(CareerGraph.Standards.Tests.Export.ExtractSchema.Violations(json.RootElement));
        var documents = ExtractReader.Read(File.OpenRead(output));
        Assert.Equal(
            ["1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264/kaz.md",
             "1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264/rus.md",
             "0730-ob-utverzhdenii-professionalnykh-standartov-v-sfere-900001/kaz/an001.md",
             "0730-ob-utverzhdenii-professionalnykh-standartov-v-sfere-900001/kaz/an002.md",
             "0730-ob-utverzhdenii-professionalnykh-standartov-v-sfere-900001/rus/an001.md"],
            documents.Select(d => d.Source).Order(StringComparer.Ordinal).Reverse().Take(2).Reverse()
                .Concat(documents.Select(d => d.Source).Where(s => s.StartsWith("0730")).Order(StringComparer.Ordinal)));
        Assert.Equal(5, documents.Count);
        Assert.Equal(new ActFolder("900001", "0730-ob-utverzhdenii-professionalnykh-standartov-v-sfere-900001", "an002"),
            documents.Single(d => d.Source.EndsWith("kaz/an002.md")).Act);
        // Card ids stay apart although two acts both have a kaz text.
        Assert.Equal(documents.Sum(d => d.Cards.Count), documents.SelectMany(d => d.Cards).Select(c => c.Id).Distinct().Count());

        string Line(string start) => err.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.Equal("act 205264 1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264: 2 texts read (kk, ru; 6 cards); 1 skipped: 1 × the act's metadata, not a text", Line("act 205264"));
        Assert.Equal("act 900001 0730-ob-utverzhdenii-professionalnykh-standartov-v-sfere-900001: 3 texts read (kk an001, kk an002, ru an001; 37 cards); 4 skipped: 2 × the contents page of an act split into parts; the parts are read instead; 1 × the act's metadata, not a text; 1 × a part of a text split by chapter or table; only whole texts and appendices (anNNN.md) are read", Line("act 900001"));
        Assert.Equal("act 900002 0101-ob-utverzhdenii-professionalnogo-standarta-900002: no standard read; 2 skipped: 1 × the act's metadata, not a text; 1 × not a professional standard: it names standards but holds no profession card (an approving order alone)", Line("act 900002"));
        Assert.Equal("skipped 8 file(s) that are not standards; 1 of 3 act(s) hold no standard", Line("skipped "));
    }

    [Fact]
    public void Load_pairs_the_texts_of_one_act_and_appendix_into_one_standard()
    {
        var root = BuildTree();
        var snapshot = _cli.PathOf("graph.json");

        var (exit, _, err) = _cli.Run(StandardsExtractor.Extract, "load", root, "--to", "snapshot", snapshot);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("5 documents, 30 professions", err);
        var graph = CareerGraphBuilder.Build(ExtractReader.Read(File.OpenRead(snapshot)));
        // Insurance (act 205264): 3 cards in each language, one profession each; reference-info (appendix 1 of
        // act 900001): 10 + 10 cards, 10 professions; employment (kk appendix 2 only): 17.
        Assert.Equal(30, graph.ProfessionCount);
        var byStandard = graph.Professions.GroupBy(p => p.StandardId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["K65112007_2024", "N78100_2025", "order-394_2025-an001"], byStandard.Keys.Order(StringComparer.Ordinal));
        Assert.All(byStandard["K65112007_2024"], p => Assert.True(p.TitleKk is not null && p.TitleRu is not null, p.Id));
        Assert.Equal(10, byStandard["order-394_2025-an001"].Count(p => p.TitleKk is not null && p.TitleRu is not null));
        Assert.All(byStandard["N78100_2025"], p => Assert.Null(p.TitleRu));
    }
}
