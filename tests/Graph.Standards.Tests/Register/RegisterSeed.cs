namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>A text of seeds/register/ run through the extractor alone, and its cards compared with what is printed.</summary>
internal static class RegisterSeed
{
    /// <summary>The one document of <paramref name="path"/> (relative to seeds/register/), which must extract without error.</summary>
    public static StandardDocument Extract(string path)
    {
        var full = Path.Combine(Seeds.Directory, "register", path);
        var result = StandardsExtractor.ExtractBytes(full, File.ReadAllBytes(full));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Documents);
    }

    /// <summary>Card: heading line | title | level (or levels «5/6») | occupation code as printed (its first line) or «-».</summary>
    public static void AssertCards(StandardDocument doc, params string[] expected) =>
        AssertCards(doc, code => code.Split('\n')[0], expected);

    /// <summary>As <see cref="AssertCards(StandardDocument, string[])"/>, with the whole code cell (several lines).</summary>
    public static void AssertCardsWholeCode(StandardDocument doc, params string[] expected) =>
        AssertCards(doc, code => code, expected);

    private static void AssertCards(StandardDocument doc, Func<string, string> shown, string[] expected)
    {
        Assert.Equal(expected.Length, doc.Cards.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var parts = expected[i].Split(" | ");
            var card = doc.Cards[i];
            var levels = card.Levels.Count > 0 ? string.Join("/", card.Levels) : card.Level?.ToString() ?? "-";
            Assert.Equal((int.Parse(parts[0]), parts[1], parts[2], parts[3]),
                (card.Lines.First, card.Title, levels, card.OccupationCode is { } code ? shown(code) : "-"));
        }
    }
}

/// <summary>The act folders of seeds/register/ (relative to it), by ministry and act number.</summary>
internal static class RegisterActs
{
    public const string Adilet192873 = "07-ministerial/103001000000-adilet/2024/0123-ob-utverzhdenii-professionalnykh-standartov-v-sfere-sudebno-eksp-192873";
    public const string Adilet193329 = "07-ministerial/103001000000-adilet/2024/0214-ob-utverzhdenii-professionalnogo-standarta-v-sfere-promyshlennoi-193329";
    public const string Enbek131993 = "07-ministerial/103016000000-enbek/2019/0530-ob-utverzhdenii-professionalnogo-standarta-psikhologicheskaia-i-131993";
    public const string Enbek137841 = "07-ministerial/103016000000-enbek/2019/1231-ob-utverzhdenii-professionalnogo-standarta-sodeistvie-zaniatosti-137841";
    public const string Enbek183438 = "07-ministerial/103016000000-enbek/2023/0629-ob-utverzhdenii-professionalnogo-standarta-v-sfere-sotsialnoi-za-183438";
    public const string Enbek196806 = "07-ministerial/103016000000-enbek/2024/0430-ob-utverzhdenii-professionalnogo-standarta-sotsialnaia-rabota-i-196806";
    public const string Enbek202265 = "07-ministerial/103016000000-enbek/2024/1104-ob-utverzhdenii-professionalnogo-standarta-organizatsiia-vyplaty-202265";
    public const string Minfin75186 = "07-ministerial/103002000000-minfin/2023/1229-ob-utverzhdenii-professionalnogo-standarta-bukhgalter-75186";
    public const string Moa194717 = "07-ministerial/103012000000-moa/2024/0212-ob-utverzhdenii-professionalnogo-standarta-veterinarnaia-deiatel-194717";
    public const string Moa194767 = "07-ministerial/103012000000-moa/2024/0212-ob-utverzhdenii-professionalnogo-standarta-maralovodstvo-194767";
    public const string Moa207230 = "07-ministerial/103012000000-moa/2025/0214-ob-utverzhdenii-professionalnogo-standarta-proizvodstvo-kolbasny-207230";
    public const string Moa216979 = "07-ministerial/103012000000-moa/2025/1107-ob-utverzhdenii-professionalnykh-standartov-kormoproizvodstvo-dl-216979";
    public const string Qriim137361 = "07-ministerial/103003000000-qriim/2019/1218-ob-utverzhdenii-professionalnogo-standarta-deiatelnost-po-obespe-137361";
    public const string Qriim215238 = "07-ministerial/103003000000-qriim/2025/0925-ob-utverzhdenii-professionalnogo-standarta-chastnaia-okhrannaia-215238";
}
