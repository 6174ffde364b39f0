namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>
/// The first-character dispatch of the label catalogue: a pattern must never be left out for a character it can start
/// with, or a label would silently stop matching; a pattern the reading cannot follow is tried on every line.
/// </summary>
public class FirstCharsTests
{
    [Theory]
    [InlineData(@"#*(?<n>\d)-?(?:ші|шы)?тарау(?:[.:]|$|(?=кәсіп|жалпы))", "#0123456789")] // optional prefix, then a digit
    [InlineData(@"(?:топтыңкоды|топкоды|кодгруппы)(?:[:.;]+|$)", "тк")]
    [InlineData(@"(?<add>қосымша)?(?:(?<n>\d+)-?еңбекфункциясы|еңбекфункция(?:сы|ларысы)(?<n>\d+))", "қ0123456789е")]
    [InlineData(@"(?:\d+\)|(?<n>\d{1,2})-?разрядқаарналған)?(?:машықтар|умения)", "0123456789му")]
    [InlineData(@"#*глава(?<r>[iі]{1,3}|[iі]v|v)(?=[.:]|$|[^\p{L}\d])", "#г")] // the set after the letters is not read
    [InlineData(@"(?=x)ab", "a")] // a lookahead only narrows
    [InlineData(@"""(?<name>[^""]+)""санаты", "\"")]
    [InlineData(@"a|b", "ab")]
    public void Reads_the_characters_a_pattern_can_start_with(string source, string expected) =>
        Assert.Equal(expected.Order(), FirstChars.Of(source)!.Order());

    [Theory]
    [InlineData(@"[^:]{0,200}?үлгілікбіліктілік")] // TypicalQualification, 2019–2022 frame: anything may come first
    [InlineData(@".+карточкасы")]
    [InlineData(@"(?i)код")]
    [InlineData(@"(?:код)?")] // may match nothing, so it may match before any character
    [InlineData(@"\p{L}+")]
    [InlineData(@"[а-я]+")]
    public void Gives_up_to_any_character_when_it_cannot_tell(string source) =>
        Assert.Null(FirstChars.Of(source));
}
