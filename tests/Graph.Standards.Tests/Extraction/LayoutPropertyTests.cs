namespace CareerGraph.Standards.Tests.Extraction;

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using CsCheck;
using Xunit;

/// <summary>
/// Rules are about a template, not about the seeds' spellings: a standard re-serialised in another layout the
/// readers know extracts to the same cards. The seeds in tab-cell layout are cut into their cells (runs of lines
/// between tab-only lines) and printed again as tab cells with another number of tabs, as an HTML &lt;table&gt;
/// (cells &lt;td&gt; or &lt;th&gt;, the Markdown text before and after the cards outside the table, as the legal
/// database prints it), or as Markdown rows with &lt;p&gt; fragments; CsCheck draws the combinations.
/// <para>Card headings without their ¶ number and chapters numbered in Roman numerals, once gaps (issue 13), are
/// checked by the two tests below the property.</para>
/// </summary>
public partial class LayoutPropertyTests
{
    public enum Layout { TabCells, HtmlTd, HtmlTh, MarkdownRows }

    public sealed record Variant(string Seed, Layout Layout, int Tabs, bool BlankLines)
    {
        public override string ToString() => $"{Seed} as {Layout} (tabs {Tabs}, blank lines {BlankLines})";
    }

    private static readonly string[] TabCellSeeds = [Seeds.KkReference, Seeds.KkEmployment];

    private static readonly Gen<Variant> Variants =
        Gen.Select(Gen.OneOf(TabCellSeeds), Gen.Enum<Layout>(), Gen.Int[1, 4], Gen.Bool,
            (seed, layout, tabs, blanks) => new Variant(seed, layout, tabs, blanks));

    [Fact]
    public void A_standard_printed_in_another_layout_extracts_to_the_same_cards() =>
        Variants.Sample(v =>
        {
            var expected = Cards(Seeds.Parse(v.Seed).Document);
            var document = Extract(v.Seed, Serialise(v.Seed, v, line => line));
            Assert.Equal(expected, Cards(document));
        }, iter: 24, threads: 1, seed: "0000cg13prop");

    /// <summary>Every layout once, so a failure names the layout without waiting for the generator to draw it.</summary>
    public static TheoryData<string, Layout> SeedLayouts() =>
        new(TabCellSeeds.SelectMany(s => Enum.GetValues<Layout>().Select(l => (s, l))));

    [Theory]
    [MemberData(nameof(SeedLayouts))]
    public void Each_layout_of_each_seed_extracts_to_the_same_cards(string seed, Layout layout)
    {
        var variant = new Variant(seed, layout, 2, false);
        var document = Extract(seed, Serialise(seed, variant, line => line));
        Assert.Equal(Cards(Seeds.Parse(seed).Document), Cards(document));
    }

    /// <summary>
    /// Once a pinned gap (issue 13): without «N.» before «Кәсіптің карточкасы» (kk reference-info L139 «9. Кәсіптің
    /// карточкасы "Call-орталық қызметкері":») the cards are still read, in order, with no ¶ number.
    /// </summary>
    [Fact]
    public void Unnumbered_card_headings_are_read()
    {
        var variant = new Variant(Seeds.KkReference, Layout.TabCells, 1, false);
        var text = Serialise(Seeds.KkReference, variant, line => NumberedHeading().Replace(line, "$1"));
        var result = StandardsExtractor.ExtractBytes(Seeds.KkReference, Encoding.UTF8.GetBytes(text));
        var expected = Seeds.Parse(Seeds.KkReference).Document.Cards;
        var read = Assert.Single(result.Documents).Cards;
        Assert.Equal(expected.Select(c => (c.Title, c.Level, c.OccupationCode)), read.Select(c => (c.Title, c.Level, c.OccupationCode)));
        Assert.All(read, c => Assert.Null(c.Paragraph));
    }

    /// <summary>
    /// Once a pinned gap: chapters numbered «III-ші тарау.» instead of «3-ші тарау.» (kk reference-info L137) extract
    /// to the same cards.
    /// </summary>
    [Fact]
    public void Roman_chapter_numbers_extract_to_the_same_cards()
    {
        var variant = new Variant(Seeds.KkReference, Layout.TabCells, 1, false);
        var text = Serialise(Seeds.KkReference, variant, line => ArabicChapter().Replace(line, m => m.Groups[1].Value + Roman(int.Parse(m.Groups[2].Value))));
        Assert.NotEqual(text, Serialise(Seeds.KkReference, variant, line => line));
        var result = StandardsExtractor.ExtractBytes(Seeds.KkReference, Encoding.UTF8.GetBytes(text));
        Assert.Equal(Cards(Seeds.Parse(Seeds.KkReference).Document), Cards(Assert.Single(result.Documents)));
    }

    [GeneratedRegex(@"^(\s*)\d+\.\s*(?=Кәсіптің карточкасы|""[^""]+"" кәсібінің карточкасы)")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(\s*#*\s*)(\d)(?=-?(?:ші|шы)?\s*тарау)")]
    private static partial Regex ArabicChapter();

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", _ => n.ToString() };

    private static StandardDocument Extract(string name, string text)
    {
        var result = StandardsExtractor.ExtractBytes(name, Encoding.UTF8.GetBytes(text));
        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors));
        return Assert.Single(result.Documents);
    }

    /// <summary>
    /// The seed cut into cells (runs of non-blank lines between tab-only lines), each line passed through
    /// <paramref name="edit"/>, and printed in the variant's layout.
    /// </summary>
    private static string Serialise(string seed, Variant v, Func<string, string> edit)
    {
        var parsed = Seeds.Parse(seed);
        var (cardsFrom, cardsTo) = (parsed.Document.Cards[0].Lines.First, parsed.Document.Cards[^1].Lines.Last);
        var cells = new List<(int Line, List<string> Lines)>();
        var current = new List<string>();
        var start = 1;
        for (var i = 0; i < parsed.Source.Lines.Count; i++)
        {
            var line = parsed.Source.Lines[i];
            if (line.Length > 0 && line.Trim('\t').Length == 0)
            {
                if (current.Count > 0) cells.Add((start, current));
                current = [];
                continue;
            }
            if (line.Trim().Length == 0) continue;
            if (current.Count == 0) start = i + 1;
            current.Add(edit(line));
        }
        if (current.Count > 0) cells.Add((start, current));

        var sb = new StringBuilder();
        var blank = v.BlankLines ? "\n" : "";
        switch (v.Layout)
        {
            case Layout.TabCells:
                foreach (var (_, lines) in cells)
                    sb.Append(string.Join("\n" + blank, lines)).Append('\n').Append(blank).Append('\t', v.Tabs).Append('\n');
                break;
            case Layout.HtmlTd or Layout.HtmlTh:
                // Text before the first card and after the last is Markdown, one paragraph a line; the cards are rows.
                var tag = v.Layout == Layout.HtmlTd ? "td" : "th";
                var inTable = false;
                foreach (var (line, lines) in cells)
                {
                    var card = line >= cardsFrom && line <= cardsTo;
                    if (card && !inTable) sb.Append("<table>\n");
                    if (!card && inTable) sb.Append("</table>\n\n");
                    inTable = card;
                    if (card)
                        sb.Append("<tr><").Append(tag).Append(">\n")
                          .Append(string.Join("\n", lines.Select(l => WebUtility.HtmlEncode(l.Trim()))))
                          .Append("\n</").Append(tag).Append("></tr>\n");
                    else
                        foreach (var l in lines) sb.Append(l.Trim()).Append("\n\n");
                }
                if (inTable) sb.Append("</table>\n");
                break;
            case Layout.MarkdownRows:
                // One row a cell: its paragraphs as <p> fragments, the cell ended by a tab.
                foreach (var (_, lines) in cells)
                    sb.Append(string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l.Trim())}</p>"))).Append('\t', v.Tabs).Append('\n').Append(blank);
                break;
        }
        return sb.ToString();
    }

    /// <summary>What a card says, without where it was printed (line numbers change with the layout).</summary>
    private static List<string> Cards(StandardDocument document) => document.Cards.Select(c =>
    {
        var sb = new StringBuilder();
        sb.AppendLine($"¶{c.Paragraph} «{c.Title}» name={c.NameField} group={c.GroupCode} occupation={c.OccupationCode} level={c.Level}/{c.Sublevel}");
        sb.AppendLine($"typical={c.TypicalQualification} education={c.Education} experience={c.Experience} purpose={c.Purpose}");
        foreach (var o in c.OtherNames) sb.AppendLine($"other {o.Code} {o.Name}");
        foreach (var lf in c.LaborFunctions)
        {
            sb.AppendLine($"lf {lf.Kind} {lf.N} {lf.Title}");
            foreach (var s in lf.Skills)
            {
                sb.AppendLine($"  skill {s.N} {s.Title}");
                foreach (var a in s.Abilities) sb.AppendLine($"    ability {a.Text}");
                foreach (var k in s.Knowledge) sb.AppendLine($"    knowledge {k.Text}");
            }
        }
        foreach (var cat in c.Categories)
        {
            sb.AppendLine($"category {cat.Name} {cat.Requirements}");
            foreach (var a in cat.Abilities) sb.AppendLine($"  ability {a.Text}");
        }
        foreach (var p in c.PersonalCompetencies) sb.AppendLine($"competency {p.Text}");
        foreach (var s in c.StandardsRefs) sb.AppendLine($"standard {s.Text}");
        foreach (var l in c.Links) sb.AppendLine($"link {l.Level} {l.Code} {l.Name}");
        return sb.ToString();
    }).ToList();
}
