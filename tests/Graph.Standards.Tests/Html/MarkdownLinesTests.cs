namespace CareerGraph.Standards.Tests.Html;

using Xunit;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Reading.Html;

public class MarkdownLinesTests
{
    private static IReadOnlyList<LogicalLine> Read(params string[] lines) =>
        [.. MarkdownLines.Read(lines.Select((l, i) => (l, i + 1)))];

    [Fact]
    public void A_wrapped_paragraph_is_one_line_and_items_headings_quotes_start_new_ones()
    {
        var lines = Read(
            "## Title ##",
            "first half of a paragraph",
            "second half",
            "1. item",
            "   wrapped item text",
            "- bullet",
            "> *quoted*",
            "",
            "**bold** and *emphasis* and snake_case_word");
        Assert.Equal(
            [
                new LogicalLine("Title", LineRange.Single(1)),
                new LogicalLine("first half of a paragraph second half", new LineRange(2, 3)),
                new LogicalLine("1. item wrapped item text", new LineRange(4, 5)),
                new LogicalLine("bullet", LineRange.Single(6)),
                new LogicalLine("quoted", LineRange.Single(7)),
                new LogicalLine("bold and emphasis and snake_case_word", LineRange.Single(9)),
            ],
            lines);
    }

    [Fact]
    public void Inline_tags_are_stripped_and_entities_decoded()
    {
        var line = Assert.Single(Read("<b>Код</b> &laquo;K65112007&raquo; &amp; <i>ОКЭД</i>"));
        Assert.Equal("Код «K65112007» & ОКЭД", line.Text);
    }

    [Fact]
    public void Markup_only_lines_give_nothing()
    {
        Assert.Empty(Read("#", "<br/>", "   ", "**", "---", "* * *"));
    }
}
