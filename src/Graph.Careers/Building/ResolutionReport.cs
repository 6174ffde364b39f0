using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Building;

/// <summary>How a printed link row was resolved.</summary>
public enum LinkOutcome
{
    /// <summary>Occupation code + level matched exactly one card.</summary>
    ByCode,
    /// <summary>A misprinted code matched exactly one card after removing one character (flagged in the note).</summary>
    ByCorrectedCode,
    /// <summary>The normalised name equals a title or safe alias of exactly one card at the printed level.</summary>
    ByName,
    /// <summary>Near-identical name (stems) matched exactly one card at the printed level, clearly ahead of others.</summary>
    ByFuzzyName,
    /// <summary>No card matches: the target is an external profession node.</summary>
    External,
    /// <summary>Several cards match equally well: no edge is created.</summary>
    Ambiguous,
    /// <summary>The row points at its own card: no edge is created.</summary>
    SelfLink,
    /// <summary>The sub-item id the row prints («8.3.-1») is numbered by exactly one card of the same standard.</summary>
    BySubItem,
    /// <summary>No card matches and the row prints no level to make an external target of: no edge is created.</summary>
    Unresolved,
    /// <summary>A translated name nothing else resolved: the twin card's row at its place resolved to this card.</summary>
    ByTwinRow,
}

/// <summary>One printed link row and its outcome.</summary>
public sealed record LinkResolution(
    string Source,
    LineRange Lines,
    string FromCardId,
    string FromProfessionId,
    int? Level,
    string? Code,
    string Name,
    LinkOutcome Outcome,
    string? TargetId,
    double Confidence,
    string Note,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<string> SourceWarnings)
{
    /// <summary>The direction heading the row is printed under («Уровень выше»), if any.</summary>
    public LinkDirection? Direction { get; init; }

    /// <summary>The level cell as printed when it could not be read as a level («7 де4гей»).</summary>
    public string? LevelPrinted { get; init; }

    /// <summary>The printed level, else the printed direction, else the unreadable level cell as printed.</summary>
    public string LevelText => Level is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Direction is { } d ? (d == LinkDirection.Up ? "up" : "down") : LevelPrinted is { } p ? $"«{p}»" : "?";

    public override string ToString() =>
        $"{Source}:{Lines.First}: {FromProfessionId} -> «{Name}» ({LevelText}{(Code is null ? "" : ", " + Code)}): "
        + $"{Outcome}{(TargetId is null ? "" : " " + TargetId)}{(Note.Length == 0 ? "" : " — " + Note)}"
        + (Candidates.Count == 0 ? "" : " [candidates: " + string.Join(", ", Candidates) + "]")
        + (SourceWarnings.Count == 0 ? "" : " [source: " + string.Join("; ", SourceWarnings) + "]");
}

/// <summary>Every printed link row with its outcome, plus build warnings (unpaired twins and the like).</summary>
public sealed record ResolutionReport(IReadOnlyList<LinkResolution> Rows, IReadOnlyList<string> Warnings)
{
    public static ResolutionReport Empty { get; } = new([], []);

    /// <summary>Rows that need a human look: ambiguous, external, corrected, fuzzy, or repaired by the parser.</summary>
    public IEnumerable<LinkResolution> Flagged =>
        Rows.Where(r => r.Outcome is not (LinkOutcome.ByCode or LinkOutcome.ByName) || r.SourceWarnings.Count > 0);

    public string ToText() => string.Join('\n', Warnings.Select(w => "warning: " + w).Concat(Rows.Select(r => r.ToString())));
}
