namespace CareerGraph.Standards.Tests.Parsing;

using System.Text.RegularExpressions;
using Xunit;

/// <summary>
/// Every skill and labour-function heading printed in the tab-line files, found by a plain scan of the raw lines
/// (independent of the readers and the label catalogue), must come out as a parsed skill/LF with the printed title.
/// </summary>
public partial class HeadingCrossCheckTests
{
    [GeneratedRegex(@"^(?:(?<n>\d+)\s*-?\s*дағды|Дағды\s*(?<n>\d+))\s*[:.]?\s*(?<t>.*)$")]
    private static partial Regex SkillLine();

    [GeneratedRegex(@"^(?:Қосымша\s*)?(?:(?<n>\d+)\s*-\s*еңбек функциясы|Еңбек функция(?:сы|ларысы)\s*(?<n>\d+))\s*[:.]?\s*(?<t>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LfLine();

    [Theory]
    // Heading counts per card from a scan of the raw files: kk reference-info 13+18+9+7+24+17+12+11+29+17,
    // employment 10+10+6+6+6+9+9+9+12+12+12+4+6+12+12+12+8 (guide §2.2/§2.4 card tables give the LF split).
    [InlineData(Seeds.KkReference, 157)]
    [InlineData(Seeds.KkEmployment, 155)]
    public void Every_printed_skill_heading_is_a_parsed_skill_with_its_title(string file, int expectedHeadings)
    {
        var seed = Seeds.Parse(file);
        var raw = seed.Source.Lines;
        var skills = seed.Document.Cards.SelectMany(c => c.LaborFunctions).SelectMany(lf => lf.Skills).ToList();
        var headings = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var m = SkillLine().Match(raw[i].Trim('\t', ' ', '\u00A0'));
            if (!m.Success) continue;
            headings++;
            var title = m.Groups["t"].Value.Trim();
            if (title.Length == 0) title = NextText(raw, i);
            var skill = Assert.Single(skills, s => s.Lines.First == i + 1);
            Assert.Equal(int.Parse(m.Groups["n"].Value), skill.N);
            Assert.Equal(Squash(title), Squash(skill.Title));
        }
        Assert.Equal(expectedHeadings, headings);
        Assert.Equal(headings, skills.Count);
    }

    [Theory]
    [InlineData(Seeds.KkReference, 38)]   // 3+4+3+3+5+4+4+3+5+4, the LF columns of guide §2.2
    [InlineData(Seeds.KkEmployment, 60)]  // guide §2.4 LF column
    public void Every_printed_labour_function_heading_is_a_parsed_function_with_its_title(string file, int expected)
    {
        var seed = Seeds.Parse(file);
        var raw = seed.Source.Lines;
        var functions = seed.Document.Cards.SelectMany(c => c.LaborFunctions).ToList();
        var headings = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var m = LfLine().Match(raw[i].Trim('\t', ' ', '\u00A0'));
            if (!m.Success) continue;
            headings++;
            var title = m.Groups["t"].Value.Trim();
            if (title.Length == 0) title = NextText(raw, i);
            var lf = Assert.Single(functions, f => f.Lines.First == i + 1);
            Assert.Equal(Squash(title), Squash(lf.Title));
        }
        Assert.Equal(expected, headings);
        Assert.Equal(headings, functions.Count);
    }

    private static string NextText(IReadOnlyList<string> raw, int i)
    {
        for (var j = i + 1; j < raw.Count; j++)
            if (raw[j].Trim('\t', ' ', '\u00A0') is { Length: > 0 } t) return t;
        return "";
    }

    private static string Squash(string s) => Regex.Replace(s.Replace('\u00A0', ' ').Replace('i', 'і'), @"\s+", " ").Trim();
}
