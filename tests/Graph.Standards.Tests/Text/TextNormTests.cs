namespace CareerGraph.Standards.Tests.Text;

using CareerGraph.Standards.Text;
using Xunit;

public class TextNormTests
{
    [Theory]
    [InlineData("30 шiлдедегi №", "30 шілдедегі №")]      // kk reference-info L6: Latin i inside a Kazakh word
    [InlineData("2) кəсіпорындардың", "2) кәсіпорындардың")] // Latin ə (U+0259) for ә, kk reference-info L830
    [InlineData("CRM iOS", "CRM iOS")]                      // Latin words stay Latin
    [InlineData("\u00A0\u00A0 Топтың\tкоды: ", "Топтың коды:")] // NBSP indents and tabs
    public void Clean_repairs_encoding_noise_only(string printed, string expected) => Assert.Equal(expected, TextNorm.Clean(printed));

    [Fact]
    public void Russian_yo_is_restored_only_between_lower_case_letters()
    {
        Assert.Equal("утверждёнными", TextNorm.FixRussianYo("утверждҰнными"));   // ru reference-info L1062
        Assert.Equal("Ұлттық", TextNorm.FixRussianYo("Ұлттық"));                 // a Kazakh capital stays
    }

    [Fact]
    public void Keys_ignore_spacing_case_dashes_and_quotes()
    {
        Assert.Equal(TextNorm.Key("«Мансаптық кеңесші» санаты"), TextNorm.Key("\"Мансаптық  кеңесші\"санаты"));
        Assert.Equal(TextNorm.Key("СБШ –нің"), TextNorm.Key("сбш-нің"));
        Assert.Equal("наименованиепрофессии:", TextNorm.Key("Наименован ие  профессии:"));
    }
}
