namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Text;

/// <summary>Document metadata as printed in the preamble, the passport (chapter 2) and the technical data (chapter 4).</summary>
public sealed record StandardMetadata(string Title, string? Code, IReadOnlyList<string> Oked, string? Version, string? Approval, bool Repealed);

public static class MetadataParser
{
    private static readonly Regex OrderLine = new(@"№\s*\S+\s*бұйрығы\.?\s*$|^Приказ|\sот\s.*№\s*\S+\s*$", RegexOptions.Compiled);
    private static readonly Regex PassportItem = new(@"^\d{1,2}\.\s*(?=[^\d\s])", RegexOptions.Compiled);
    private static readonly Regex OkedCode = new(@"^(?<c>[A-Z](?=\s|$)|\d{2}(?:\.\s?\d{1,2})?(?:\.\s?\d{1,2})?)(?<after>.?)", RegexOptions.Compiled);
    private static readonly Regex TitleLabel = new(@"^(?:кәсіптікстандарттыңатауы|(?:наименование|название)профессиональногостандарта)[:.]?", RegexOptions.Compiled);
    private static readonly Regex QuotedTitleLabel = new(@"^""(?<t>[^""]+)""кәсіптікстандартыныңатауы", RegexOptions.Compiled);
    private static readonly Regex StandardHeading = new(@"^(?:кәсіптікстандарт|профессиональныйстандарт):?""", RegexOptions.Compiled);
    /// <summary>«Профессиональный стандарт в сфере социальной защиты» (183438): the standard named without quotes.</summary>
    private static readonly Regex UnquotedStandardHeading = new(@"^(?:профессиональныйстандарт(?:в|по)сфере\S+|\S+саласындағыкәсіптікстандарт)$", RegexOptions.Compiled);
    private static readonly Regex CodeLabel = new(@"^(?:кәсіптікстандарттыңкоды|кәсіптікстандарткоды|кәсібистандарттыңкоды|кәсібистандарткоды|кодпрофессиональногостандарта)[:.\-]*", RegexOptions.Compiled);
    private static readonly Regex OkedLabel = new(@"^(?:эқжж|этжж|указаниесекции|эқжжбойынша)", RegexOptions.Compiled);
    private static readonly Regex VersionLabel = new(@"^(?:нұсқанөмірі|номерверсии)[^:]*:", RegexOptions.Compiled);

    /// <summary>Index of the chapter <paramref name="n"/> heading, or -1.</summary>
    public static int FindChapter(IReadOnlyList<LogicalLine> lines, int n)
    {
        for (var i = 0; i < lines.Count; i++)
            if (Labels.Match(lines[i].Text) is { Kind: LabelKind.Chapter } hit && hit.Number == n) return i;
        return -1;
    }

    public static StandardMetadata Parse(IReadOnlyList<LogicalLine> front, IReadOnlyList<LogicalLine> back, ICollection<SourceWarning> warnings)
    {
        string? title = null, code = null, approval = null, version = null, fallbackTitle = null;
        var codeSeen = false;
        var approvalIsOrder = false;
        var oked = new List<string>();
        var repealed = false;
        var chapter1 = FindChapter(front, 1);
        for (var i = 0; i < front.Count; i++)
        {
            var text = front[i].Text;
            var item = PassportItem.Replace(text, "");
            var (key, map) = TextNorm.KeyWithMap(item);
            if (i < 20 && (key.Contains("күшінжойған") || key.Contains("утратилсилу"))) repealed = true;
            // The approving order is the line that ends in «№ N бұйрығы» (employment L2, not the amended order on L1)
            // or the Russian «Приказ … от … № N» line; any dated «№» line is the fallback. A clause repealing an
            // older order names that order, not this one (internal affairs 2019 kk L15 «… № 225 бұйрығы … күші
            // жойылсын деп танылсын», ru L15 «Признать утратившим силу приказ … № 225»).
            if ((chapter1 < 0 || i < chapter1) && text.Contains('№') && Regex.IsMatch(text, @"\d{4}") && !RepealClause(key))
            {
                if (OrderLine.IsMatch(text)) approval = approvalIsOrder ? approval : text;
                else approval ??= text;
                approvalIsOrder |= OrderLine.IsMatch(text);
            }
            if (fallbackTitle is null && StandardHeading.IsMatch(key)) fallbackTitle = TextNorm.StripQuotes(Quoted(item) ?? item);
            if (fallbackTitle is null && UnquotedStandardHeading.IsMatch(key)) fallbackTitle = TextNorm.Clean(item);
            if (title is null && TitleLabel.Match(key) is { Success: true } t)
                title = TextNorm.StripQuotes(Labels.RestAfter(item, map, t.Length));
            else if (title is null && QuotedTitleLabel.Match(key) is { Success: true } q)
                title = Quoted(item);
            else if (!codeSeen && CodeLabel.Match(key) is { Success: true } c)
            {
                codeSeen = true;
                var value = Labels.RestAfter(item, map, c.Length).Trim().TrimStart('-', '–', ' ').TrimEnd('.', ' ');
                code = value.Length == 0 ? null : value;
            }
            else if (oked.Count == 0 && OkedLabel.IsMatch(key))
                ReadOked(front, i + 1, oked, warnings);
        }
        foreach (var line in back)
        {
            var item = PassportItem.Replace(line.Text, "");
            var (key, map) = TextNorm.KeyWithMap(item);
            if (version is null && VersionLabel.Match(key) is { Success: true } v)
                version = VersionValue(Labels.RestAfter(item, map, v.Length));
        }
        title ??= fallbackTitle;
        if (title is not null) title = NameOfStandard(title);
        if (title is null) warnings.Add(new SourceWarning(1, "no standard title found"));
        return new StandardMetadata(title ?? "", code, oked, version, approval, repealed);
    }

    /// <summary>The wordings of an order clause that repeals another order: «утратившим силу», «күші жойылды / жойылсын».</summary>
    private static bool RepealClause(string key) =>
        key.Contains("утратившимсилу") || key.Contains("күшіжойылды") || key.Contains("күшіжойылсын");

    /// <summary>The printed version without the sentence's full stop; «г.» (year) keeps its dot (MICE L206).</summary>
    private static string? VersionValue(string text)
    {
        var t = text.Trim();
        if (t.EndsWith('.') && !t.EndsWith(" г.", StringComparison.Ordinal)) t = t[..^1].TrimEnd();
        return t.Length > 0 ? t : null;
    }

    /// <summary>«"Сақтандыру" кәсіптік стандарты» (kk insurance L61) names the standard «Сақтандыру», like the ru twin.</summary>
    private static string NameOfStandard(string title)
    {
        var open = title.IndexOfAny(['"', '«', '“']);
        var close = title.LastIndexOfAny(['"', '»', '”']);
        if (open < 0 || close <= open) return title;
        var outside = TextNorm.Key(title[..open] + title[(close + 1)..]).TrimEnd('.');
        return outside is "" or "кәсіптікстандарты" or "кәсіптікстандарт" or "профессиональныйстандарт"
            ? TextNorm.Clean(title[(open + 1)..close]).Trim('«', '»', '"', ' ')
            : title;
    }

    private static string? Quoted(string text)
    {
        var open = text.IndexOfAny(['"', '«', '“']);
        var close = text.LastIndexOfAny(['"', '»', '”']);
        return open >= 0 && close > open ? TextNorm.Clean(text[(open + 1)..close]).Trim('«', '»', '"', ' ') : null;
    }

    /// <summary>OKED codes, one a line (section letter, dd, dd.d, dd.dd, dd.dd.d), until the next passport item.</summary>
    private static readonly Regex ItemNumber = new(@"^(?<n>\d{1,2})\.", RegexOptions.Compiled);

    private static void ReadOked(IReadOnlyList<LogicalLine> lines, int start, List<string> oked, ICollection<SourceWarning> warnings)
    {
        // A division printed «80. Қауіпсіздікті …» (215238 kaz.md L85) looks like a passport item; only the items right
        // after the OKED one («7.», «8.») end the codes.
        int? labelItem = ItemNumber.Match(lines[start - 1].Text.Trim()) is { Success: true } li ? int.Parse(li.Groups["n"].Value) : null;
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (PassportItem.IsMatch(text)
                && (labelItem is null || int.Parse(ItemNumber.Match(text).Groups["n"].Value) is var n && n > labelItem && n <= labelItem + 2)) return;
            var m = OkedCode.Match(text);
            if (!m.Success) continue;
            var code = m.Groups["c"].Value.Replace(" ", "");
            if (code.Contains(". ") || m.Groups["c"].Value.Contains(' '))
                warnings.Add(new SourceWarning(lines[i].Lines.First, $"OKED code printed with a space: «{m.Groups["c"].Value}»"));
            if (m.Groups["after"].Value is { Length: 1 } a && char.IsLetter(a[0]))
                warnings.Add(new SourceWarning(lines[i].Lines.First, $"OKED code «{m.Groups["c"].Value}» is glued to its name: «{CardParser.Short(text)}»"));
            oked.Add(code);
        }
    }
}
