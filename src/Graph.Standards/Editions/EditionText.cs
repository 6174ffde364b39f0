namespace CareerGraph.Standards.Editions;

using System.Globalization;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Model;

/// <summary>
/// Reads what a text says about its edition: the date of the order that approved it and the orders it repeals, was
/// repealed by, or rewrites in a new edition. The wordings are the templates of the legal database's orders and
/// footnotes, one row of <see cref="Rules"/> each; a date is «28.06.2024», «28 июня 2024 года» or «2024 жылғы 28
/// маусымдағы». Pure: text in, facts out.
/// </summary>
public static partial class EditionText
{
    private const string Number = @"№\s*(?<n>[0-9][0-9\-/А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]*)";
    private const string RuDate = @"(?<d>\d{1,2})\s+(?<m>[а-яё]+)\s+(?<y>\d{4})\s+года";
    private const string KkDate = @"(?<y>\d{4})\s+жылғы\s+(?<d>\d{1,2})\s+(?<m>[а-яәғқңөұүһі]+)";
    private const string NumDate = @"(?<d>\d{2})\.(?<m>\d{2})\.(?<y>\d{4})";
    private const string AnyDate = "(?:" + RuDate + "|" + KkDate + "|" + NumDate + ")";

    /// <summary>One wording of a relation: a pattern over one line whose groups give the order's date and number.</summary>
    private sealed record Rule(ActRelationKind Kind, Regex Pattern);

    private static Rule R(ActRelationKind kind, string pattern) =>
        new(kind, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static readonly Rule[] Rules =
    [
        // «Сноска. Утратил силу приказом Министра … от 28.06.2024 № 228 (вводится …)»; meta.yaml's requisite the same.
        R(ActRelationKind.RepealedBy, @"утратил\S*\s+силу\s+приказом\b.*?\bот\s+" + AnyDate + @"\s*(?:года\s*)?" + Number),
        // «Ескерту. Күші жойылды - ҚР … министрінің 28.06.2024 № 228 бұйрығымен.»
        R(ActRelationKind.RepealedBy, @"күші\s+жойылды\s*[-–—].*?" + AnyDate + @"\S*\s*" + Number + @"\s*(?:\([^)]*\)\s*)?бұйрығымен"),
        // «Признать утратившим силу приказ … от 31 декабря 2019 года № 714 «Об утверждении …»»
        R(ActRelationKind.Repeals, @"признать\s+утратившим\S*\s+силу\s+приказ\b.*?\bот\s+" + AnyDate + @"\s*" + Number),
        // «… 2019 жылғы 31 желтоқсандағы № 714 бұйрығының күші жойылды деп танылсын.»; «… 2015 жылғы 16 наурыздағы № 225
        // бұйрығы (… тіркелген …) күші жойылсын деп танылсын.» (internal affairs 2019 kk L15)
        R(ActRelationKind.Repeals, AnyDate + @"\S*\s*" + Number + @"\s*бұйрығы(?:ның)?\b.*?күші\s+жойыл(?:ды|сын)\s+деп\s+танылсын"),
        // «… 2024 жылғы 19 маусымдағы № 200 бұйрығына мынадай өзгеріс енгізілсін» followed by «… жаңа редакцияда жазылсын»
        R(ActRelationKind.NewEditionOf, AnyDate + @"\S*\s*" + Number + @"\s*бұйрығына\s+(?:мынадай\s+)?өзгеріс"),
        // «Внести в приказ … от 19 июня 2024 года № 200 … следующее изменение» (the Russian twin of the row above)
        R(ActRelationKind.NewEditionOf, @"внести\s+в\s+приказ\b.*?\bот\s+" + AnyDate + @"\s*" + Number + @".*?изменени"),
    ];

    private static readonly char[] OrderEnd = ['.', '-', '/'];

    /// <summary>The approving order's date: «от 30 декабря 2024 года № 508», «2025 жылғы 29 қыркүйектегі № 296 бұйрығы».</summary>
    public static DateOnly? ApprovalDate(string? approval) =>
        approval is null ? null : Regex.Match(approval, AnyDate, RegexOptions.IgnoreCase) is { Success: true } m ? DateOf(m) : null;

    /// <summary>Every relation the lines print, in line order (1-based line numbers).</summary>
    public static IReadOnlyList<ActRelation> Relations(IReadOnlyList<string> lines, string source) =>
        Relations(lines.Select((line, i) => (line, i + 1)), source);

    /// <summary>The same for a whole text: only the lines printing «№» become strings.</summary>
    public static IReadOnlyList<ActRelation> RelationsInText(string text, string source)
    {
        var numbered = new List<(string, int)>();
        var number = 0;
        foreach (var line in new LineSpans(text))
        {
            number++;
            if (line.Contains('№')) numbered.Add((new string(line), number));
        }
        return Relations(numbered, source);
    }

    private static IReadOnlyList<ActRelation> Relations(IEnumerable<(string Text, int Number)> lines, string source)
    {
        var found = new List<ActRelation>();
        foreach (var (line, number) in lines)
        {
            if (line.Length > 4000 || !line.Contains('№')) continue;
            foreach (var rule in Rules)
                if (rule.Pattern.Match(line) is { Success: true } m)
                {
                    var r = new ActRelation(rule.Kind, m.Groups["n"].Value.TrimEnd(OrderEnd), DateOf(m), source, number);
                    if (!found.Any(f => f.Kind == r.Kind && f.SameOrder(r.Order, r.Date))) found.Add(r);
                    break;
                }
        }
        return found;
    }

    /// <summary>
    /// The act folder's meta.yaml: <c>approved_on</c> and the «Утратил силу приказом …» clause of <c>requisite</c>
    /// (the database's own record of the act's status, written in the footnote's template).
    /// </summary>
    public static (DateOnly? ApprovedOn, IReadOnlyList<ActRelation> Relations) Meta(string yaml)
    {
        var lines = yaml.Split('\n');
        DateOnly? approved = null;
        foreach (var line in lines)
            if (ApprovedOn().Match(line) is { Success: true } a
                && DateOnly.TryParseExact(a.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                approved = d;
        var requisites = lines.Select(l => l.StartsWith("requisite:", StringComparison.Ordinal) ? l : "").ToArray();
        return (approved, Relations(requisites, "meta.yaml").Where(r => r.Kind == ActRelationKind.RepealedBy).ToArray());
    }

    [GeneratedRegex(@"^approved_on:\s*'?(\d{4}-\d{2}-\d{2})")]
    private static partial Regex ApprovedOn();

    private static readonly string[][] Months =
    [
        ["январ", "қаңтар"], ["феврал", "ақпан"], ["март", "наурыз"], ["апрел", "сәуір"], ["мая", "мамыр"], ["июн", "маусым"],
        ["июл", "шілде"], ["август", "тамыз"], ["сентябр", "қыркүйек"], ["октябр", "қазан"], ["ноябр", "қараша"], ["декабр", "желтоқсан"],
    ];

    private static DateOnly? DateOf(Match m)
    {
        if (!int.TryParse(m.Groups["y"].Value, out var y) || !int.TryParse(m.Groups["d"].Value, out var d)) return null;
        var month = m.Groups["m"].Value.ToLowerInvariant();
        var mo = int.TryParse(month, out var numeric) ? numeric : MonthOf(month);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int MonthOf(string word)
    {
        for (var i = 0; i < Months.Length; i++)
            if (Months[i].Any(s => word.StartsWith(s, StringComparison.Ordinal))) return i + 1;
        return 0;
    }
}
