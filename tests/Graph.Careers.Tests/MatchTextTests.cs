using CareerGraph.Careers.Text;
using Xunit;

namespace CareerGraph.Careers.Tests;

public sealed class MatchTextTests
{
    [Theory]
    // Latin «i» inside a Kazakh word (employment L6457 kind of homoglyph) and the Latin schwa (kk reference-info L830).
    [InlineData("бiлiм", "білім")]
    [InlineData("Қызметтердің сапасын талдау", "қызметтердің сапасын талдау")]
    [InlineData("ə", "ә")]
    // «Ұ» standing for «ё» in the Russian PDF (ru reference-info L1062).
    [InlineData("утверждҰнными", "утверждёнными")]
    [InlineData("«Call–орталық»  қызметкері", "\"Call-орталық\" қызметкері")]
    [InlineData("Руководитель (управляющий) Call-центра", "руководитель управляющий call-центра")]
    public void Equivalent_spellings_have_one_key(string a, string b) => Assert.Equal(MatchText.Key(a), MatchText.Key(b));

    [Theory]
    [InlineData("Call-орталық қызметкері", "Call-орталығының операторы")]
    [InlineData("сақтандырудағы тәуекел менеджері", "Риск-менеджер")]
    public void Keys_of_different_names_differ(string a, string b) => Assert.NotEqual(MatchText.Key(a), MatchText.Key(b));

    [Fact]
    public void Call_and_koll_spellings_share_stems()
    {
        var a = MatchText.Stems("Колл-орталық операторы");
        var b = MatchText.Stems("Call-орталығының операторы");
        Assert.Equal(a.Order(), b.Order());
    }

    [Fact]
    public void Truncated_word_keeps_its_stem() =>
        // kk reference-info L4320 prints «…топ жетекшіс».
        Assert.Equal(MatchText.Stems("топ жетекшісі"), MatchText.Stems("топ жетекшіс"));

    [Fact]
    public void Stop_words_are_not_stems() =>
        Assert.Equal(["жумыс", "беруш"], MatchText.Stems("жұмыс және берушілер"));

    [Fact]
    public void Search_reads_call_and_koll_alike_while_keys_stay_as_printed()
    {
        // ru reference-info L154 prints «Оператор Call-центра»; a user types Cyrillic «колл».
        Assert.Equal(MatchText.SearchKey("Оператор Call-центра"), MatchText.SearchKey("оператор колл-центра"));
        Assert.Equal(["оператор", "колл-центра"], MatchText.SearchWords("оператор колл-центра"));
        Assert.NotEqual(MatchText.Key("Оператор Call-центра"), MatchText.Key("оператор колл-центра")); // ids keep the printed form
    }

    [Fact]
    public void Latin_words_stay_latin() => Assert.Equal("mice менеджери", MatchText.Key("MICE менеджері"));

    // Ids are the first 12 lowercase hex digits of SHA-256 over the UTF-8 key. «abc» is the FIPS 180-2 test vector
    // (SHA-256 = ba7816bf8f01cfea…); «білім» was hashed outside .NET with `printf 'білім' | sha256sum` (13f72635596f…),
    // which proves the bytes are UTF-8 and not UTF-16.
    [Theory]
    [InlineData("abc", "ba7816bf8f01")]
    [InlineData("білім", "13f72635596f")]
    public void Hash_is_the_sha256_prefix_of_the_utf8_key(string key, string hash) => Assert.Equal(hash, MatchText.Hash(key));
}
