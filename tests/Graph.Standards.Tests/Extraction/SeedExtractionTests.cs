namespace CareerGraph.Standards.Tests.Extraction;

using System.Text;
using Xunit;
using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Tests.Html;

/// <summary>
/// The whole pipeline on the seeds: HTML reader + card parser on both insurance files, the kk/ru alignment of the
/// reference-info pair, and the truncation rule. A seed that stops extracting fails every test built on it.
/// </summary>
public class SeedExtractionTests
{
    private const string RuInsurance = "ru_insurance_2024.md";
    private const string KkInsurance = "kk_insurance_2024.md";
    private const string KkReference = "kk_reference-information-services_2025.txt";
    private const string RuReference = "ru_reference-information-services_2025.txt";

    private static StandardDocument ExtractSeed(string name)
    {
        var result = StandardsExtractor.ExtractBytes(name, SeedFiles.Bytes(name));
        Assert.True(result.Errors.Count == 0, $"{name} no longer extracts: {string.Join("; ", result.Errors)}");
        return Assert.Single(result.Documents);
    }

    [Theory]
    [InlineData(RuInsurance, Language.Ru, new[] { "Аджастер", "Андеррайтер", "Риск-менеджер в страховании" })]
    [InlineData(KkInsurance, Language.Kk, new[] { "Аджастер", "Андеррайтер", "Риск-менеджер" })]
    public void Reads_the_insurance_cards(string name, Language language, string[] titles)
    {
        var document = ExtractSeed(name);
        Assert.Equal(language, document.Language);
        Assert.Equal("K65112007", document.Code); // L63 in both
        Assert.Equal(titles, document.Cards.Select(c => c.Title)); // L91, L344, L559
        Assert.Equal([9, 10, 11], document.Cards.Select(c => c.Paragraph));
        Assert.Equal([91, 344, 559], document.Cards.Select(c => c.Lines.First));
        Assert.Equal(["3315-3", "2413-6", "2421-0"], document.Cards.Select(c => c.GroupCode)); // L95 …
        Assert.Equal(["3315-3-001", "2413-6-001", "2421-0-011"], document.Cards.Select(c => c.OccupationCode)); // L99 …
        Assert.All(document.Cards, c => Assert.Equal(6, c.Level));
        Assert.All(document.Cards, c => Assert.Equal(2, c.LaborFunctions.Count)); // 2+0 each (guide §2.6)
        Assert.All(document.Cards, c => Assert.Equal(3, c.PersonalCompetencies.Count)); // e.g. ru L317–319
        Assert.All(document.Cards, c => Assert.Equal(3, c.Links.Count));
        Assert.All(document.Cards.SelectMany(c => c.Links), l => Assert.Equal(6, l.Level));
    }

    [Fact]
    public void Insurance_list_items_keep_their_continuation_lines_and_decoded_entities()
    {
        var ru = ExtractSeed(RuInsurance);
        var knowledge = ru.Cards[2].LaborFunctions[0].Skills[0].Knowledge;
        var item3 = knowledge[2]; // ru L701–702
        Assert.Equal(new LineRange(701, 702), item3.Lines);
        Assert.EndsWith("от 26 декабря 2016 года № 304.", item3.Text);
        Assert.Equal(6, knowledge.Count);

        var kk = ExtractSeed(KkInsurance);
        Assert.Contains("\"Сақтандыру қызметі туралы\" заң.", kk.Cards[2].LaborFunctions[0].Skills[0].Knowledge[0].Text); // kk L699
    }

    [Fact]
    public void Insurance_links_resolve_by_target_and_the_twins_agree()
    {
        ExtractSeed(RuInsurance);
        var result = StandardsExtractor.Extract([SeedFiles.PathOf(KkInsurance), SeedFiles.PathOf(RuInsurance)]);
        var kk = result.Documents[0];
        var ru = result.Documents[1];
        var ru9 = ru.Cards[0];
        Assert.Equal(2, LinkTargets.Resolve(ru.Cards, ru9.Links[0])); // ru L333 «риск-менеджер в страховании» = ¶11
        Assert.Equal(1, LinkTargets.Resolve(ru.Cards, ru9.Links[1])); // ru L337 = ¶10 by its КС job name (ru L370)
        Assert.Null(LinkTargets.Resolve(ru.Cards, ru9.Links[2])); // ru L341 actuary: no card
        Assert.Equal(1, LinkTargets.Resolve(kk.Cards, kk.Cards[0].Links[2])); // kk L341 «… талдаушы (андеррайтер)» = ¶10 (kk L370)
        Assert.Null(LinkTargets.Resolve(kk.Cards, kk.Cards[0].Links[1])); // kk L337 «сақтандырудағы тәуекел менеджері»: an alias
        Assert.DoesNotContain(kk.Warnings.Concat(ru.Warnings), w => w.Message.Contains("counterpart", StringComparison.Ordinal) || w.Message.Contains(" here but ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extracting_the_seed_folder_skips_SOURCES_md_and_repairs_russian_card_15_from_kazakh()
    {
        ExtractSeed(KkReference);
        ExtractSeed(RuReference);
        var result = StandardsExtractor.Extract([SeedFiles.Folder]);
        // An act folder's meta.yaml is read with its texts (editions), never as a standard.
        Assert.Equal("SOURCES.md", Path.GetFileName(Assert.Single(result.Skipped, s => !s.Reason.Contains("metadata", StringComparison.Ordinal)).File));

        var ru = result.Documents.Single(d => d.Source.Contains(RuReference, StringComparison.Ordinal));
        var card15 = ru.Cards.Single(c => c.Paragraph == 15);
        Assert.Equal(("2421-0", "2421-0-013", 6), (card15.GroupCode, card15.OccupationCode, card15.Level)); // kk L5261–5278
        Assert.Contains(card15.Repairs, r => r.Field == "OccupationCode" && r.From.Contains(KkReference, StringComparison.Ordinal));
        Assert.Contains(card15.Repairs, r => r.Field == "GroupCode" && r.From.Contains(KkReference, StringComparison.Ordinal));
        Assert.Equal("Нұсқа 1, 2025 г.", ru.Version?.Trim()); // kk L9281 «… жылы: Нұсқа 1, 2025 г.»; the ru file stops at chapter 4's heading
        Assert.Contains(ru.Repairs, r => r.Field == "Version");
    }

    [Fact]
    public void A_standard_cut_inside_its_cards_is_an_error_unless_kept_on_request()
    {
        ExtractSeed(RuInsurance);
        var lines = Encoding.UTF8.GetString(SeedFiles.Bytes(RuInsurance)).Split('\n');
        var cut = Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(450))); // inside ¶10
        var refused = StandardsExtractor.ExtractBytes(RuInsurance, cut);
        Assert.Empty(refused.Documents);
        Assert.Contains("the document is cut off", Assert.Single(refused.Errors).Message);

        var kept = StandardsExtractor.ExtractBytes(RuInsurance, cut, ExtractionSteps.Default with { KeepIncomplete = true });
        var document = Assert.Single(kept.Documents);
        Assert.Equal(9, document.Cards[0].Paragraph);
        Assert.Contains(document.Warnings, w => w.Message.Contains("chapter 4", StringComparison.Ordinal));
        Assert.Contains(document.Warnings, w => w.Truncation);
    }

    [Fact]
    public void A_standard_cut_before_its_first_card_is_an_error()
    {
        ExtractSeed(RuInsurance);
        var lines = Encoding.UTF8.GetString(SeedFiles.Bytes(RuInsurance)).Split('\n');
        var result = StandardsExtractor.ExtractBytes(RuInsurance, Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(60)))); // ru L59 is chapter 2
        var error = Assert.Single(result.Errors);
        Assert.Contains("no profession card", error.Message);
        Assert.Empty(result.Documents);
    }
}
