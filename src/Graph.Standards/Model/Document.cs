namespace CareerGraph.Standards.Model;

public enum Language { Kk, Ru }

public enum DocumentKind { ProfessionalStandard, SectoralFramework }

/// <summary>1-based, inclusive range of physical lines in the source file.</summary>
public readonly record struct LineRange(int First, int Last)
{
    public static LineRange Single(int line) => new(line, line);
    public LineRange Span(LineRange other) => new(Math.Min(First, other.First), Math.Max(Last, other.Last));
    public override string ToString() => First == Last ? $"L{First}" : $"L{First}–{Last}";
}

/// <summary>A source error or oddity that was kept as printed, with where it is.</summary>
public sealed record SourceWarning(int Line, string Message)
{
    /// <summary>
    /// The warning is a sign that the text was cut off (the list of professions goes on past the last card read, or
    /// the last card stops before its labour functions): extraction refuses such a text unless asked to keep it.
    /// </summary>
    public bool Truncation { get; init; }
}

/// <summary>A field filled from another document (e.g. the Kazakh twin of a Russian card).</summary>
public sealed record Repair(string Field, string From, string? Detail = null);

/// <summary>
/// Where a file sits in the official legal database's layout (and its git mirrors): the act folder
/// `<mmdd>-<slug>-<act id>` and, for a large act split into parts, the appendix (`an001`: one standard of an act
/// approving several). The Kazakh and Russian texts of one act and appendix are the same standard.
/// </summary>
public sealed record ActFolder(string Id, string Folder, string? Appendix)
{
    public override string ToString() => Appendix is null ? $"act {Id}" : $"act {Id} {Appendix}";
}

/// <summary>
/// One published standard or framework as extracted from one file. <see cref="Repeal"/> names the repealing order
/// (e.g. «№ 629, 28.05.2015») when <see cref="Repealed"/> is true and the text says which order it was.
/// <see cref="Act"/> is set when the file was found in an act folder of the legal database.
/// </summary>
public sealed record StandardDocument(
    string Source,
    Language Language,
    DocumentKind Kind,
    string Title,
    string? Code,
    IReadOnlyList<string> Oked,
    string? Version,
    string? Approval,
    bool Repealed,
    IReadOnlyList<Card> Cards,
    Framework? Framework,
    IReadOnlyList<SourceWarning> Warnings,
    IReadOnlyList<Repair> Repairs,
    string? Repeal = null,
    ActFolder? Act = null)
{
    /// <summary>The date of the order that approved this edition, as printed (or the act folder's meta.yaml).</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The orders the text repeals, was repealed by, or rewrites in a new edition.</summary>
    public IReadOnlyList<ActRelation> Relations { get; init; } = [];
}
