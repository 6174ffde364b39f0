namespace CareerGraph.Standards.Tests.Export;

using System.Text;
using System.Text.Json;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Framework;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Tests.Framework;
using Xunit;

public sealed class ExportTests
{
    private static readonly Lazy<StandardDocument> FrameworkDoc = new(() => FrameworkParser.Parse(FrameworkSeed.Load()));

    private static byte[] Export(params StandardDocument[] docs)
    {
        using var stream = new MemoryStream();
        ExtractWriter.Write(stream, docs);
        return stream.ToArray();
    }

    [Fact]
    public void Real_framework_export_is_valid_against_the_schema()
    {
        using var json = JsonDocument.Parse(Export(FrameworkDoc.Value, SampleDocuments.Standard()));
        var violations = ExtractSchema.Violations(json.RootElement);
        Assert.Empty(violations);
    }

    [Fact]
    public void Framework_document_shape()
    {
        using var json = JsonDocument.Parse(Export(FrameworkDoc.Value));
        var root = json.RootElement;
        Assert.Equal("careergraph-extract/1", root.GetProperty("format").GetString());
        var doc = Assert.Single(root.GetProperty("documents").EnumerateArray());
        Assert.Equal("sectoral-framework", doc.GetProperty("kind").GetString());
        Assert.Equal("kk", doc.GetProperty("language").GetString());
        Assert.True(doc.GetProperty("repealed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("code").ValueKind);
        Assert.Empty(doc.GetProperty("cards").EnumerateArray());
        var areas = doc.GetProperty("framework").GetProperty("areas");
        Assert.Equal(3, areas.GetArrayLength());
        var level62 = areas[0].GetProperty("levels")[6];
        Assert.Equal(6, level62.GetProperty("level").GetInt32());
        Assert.Equal("62", level62.GetProperty("raw").GetString()); // L497
        Assert.StartsWith("Құрылымданған болжамсыз ортада", level62.GetProperty("descriptors").GetProperty("competencies").GetString());
        Assert.Equal([496, 508], level62.GetProperty("lines").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains(doc.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("line").GetInt32() == 776);
    }

    [Fact]
    public void Output_is_indented_utf8_with_cyrillic_unescaped()
    {
        var bytes = Export(FrameworkDoc.Value);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)); // no BOM
        Assert.Contains("\"title\": \"Байланыс\"", text);
        Assert.Contains("«Ақпараттық-коммуникациялық технологиялар»", text);
        Assert.DoesNotContain("\\u04", text);
        Assert.Contains("\n  \"documents\": [", text);
    }

    [Fact]
    public void Card_fields_use_the_documented_names()
    {
        using var json = JsonDocument.Parse(Export(SampleDocuments.Standard()));
        var card = json.RootElement.GetProperty("documents")[0].GetProperty("cards")[0];
        string[] names =
        [
            "id", "seq", "paragraph", "title", "nameField", "groupCode", "occupationCode", "level", "sublevel",
            "education", "experience", "otherNames", "purpose", "laborFunctions", "categories",
            "personalCompetencies", "standardsRefs", "links", "lines", "repairs",
        ];
        foreach (var name in names) Assert.True(card.TryGetProperty(name, out _), name);
        var fn = card.GetProperty("laborFunctions")[1];
        Assert.Equal("additional", fn.GetProperty("kind").GetString());
        var skill = card.GetProperty("laborFunctions")[0].GetProperty("skills")[0];
        Assert.Equal(["қоңырауды қабылдау", "«сұрақ» жазу"], skill.GetProperty("abilities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, card.GetProperty("nameField").ValueKind);
        Assert.Equal(4, card.GetProperty("links")[0].GetProperty("level").GetInt32());
    }

    [Fact]
    public void Round_trip_gives_back_the_same_documents()
    {
        var original = Export(FrameworkDoc.Value, SampleDocuments.Standard());
        var read = ExtractReader.Read(new MemoryStream(original));
        Assert.Equal(original, Export([.. read]));

        var framework = read[0];
        Assert.Equal(FrameworkDoc.Value.Repeal, framework.Repeal);
        var levels = framework.Framework!.Areas[2].Levels;
        Assert.Equal(FrameworkDoc.Value.Framework!.Areas[2].Levels, levels); // LevelDescriptor is a flat record
        var card = read[1].Cards[0];
        var expected = SampleDocuments.Standard().Cards[0];
        Assert.Equal(expected.LaborFunctions[0].Skills[0].Abilities, card.LaborFunctions[0].Skills[0].Abilities);
        Assert.Equal(expected.OtherNames, card.OtherNames);
        Assert.Equal(expected.Links, card.Links);
        Assert.Equal(expected.Repairs, card.Repairs);
        Assert.Equal(expected.TypicalQualification, card.TypicalQualification);
    }

    [Fact]
    public void Reader_names_the_place_of_a_bad_field()
    {
        var json = Encoding.UTF8.GetString(Export(FrameworkDoc.Value)).Replace("\"kind\": \"sectoral-framework\"", "\"kind\": \"novel\"");
        var e = Assert.Throws<ExtractFormatException>(() => ExtractReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Equal("/documents/0/kind", e.Pointer);
        Assert.Contains("novel", e.Message);
    }

    [Fact]
    public void Reader_rejects_another_format_and_non_json()
    {
        var other = Assert.Throws<ExtractFormatException>(() =>
            ExtractReader.Read(new MemoryStream("{\"format\":\"careergraph-extract/2\",\"documents\":[]}"u8.ToArray())));
        Assert.Equal("/format", other.Pointer);
        var broken = Assert.Throws<ExtractFormatException>(() => ExtractReader.Read(new MemoryStream("{\"format\":"u8.ToArray())));
        Assert.Contains("not JSON", broken.Message);
    }

    [Fact]
    public void Schema_rejects_an_export_with_a_misnamed_field()
    {
        var json = Encoding.UTF8.GetString(Export(SampleDocuments.Standard())).Replace("\"occupationCode\"", "\"occupation\"");
        using var doc = JsonDocument.Parse(json);
        var violations = ExtractSchema.Violations(doc.RootElement);
        Assert.Contains(violations, v => v.Pointer == "/documents/0/cards/0" && v.Message.Contains("occupationCode"));
        Assert.Contains(violations, v => v.Pointer == "/documents/0/cards/0/occupation");
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(999999)]
    public void Schema_rejects_a_card_level_outside_1_to_8(int level)
    {
        var document = SampleDocuments.Standard();
        var bad = document with { Cards = [document.Cards[0] with { Level = level }, .. document.Cards.Skip(1)] };
        using var doc = JsonDocument.Parse(Export(bad));
        var violation = Assert.Single(ExtractSchema.Violations(doc.RootElement));
        Assert.Equal("/documents/0/cards/0/level", violation.Pointer);
        Assert.Contains(level < 1 ? "minimum" : "maximum", violation.Message);
    }
}
