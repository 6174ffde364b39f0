namespace CareerGraph.Standards.Model;

/// <summary>How a document's text relates it to another act.</summary>
public enum ActRelationKind
{
    /// <summary>The text repeals the named order («признать утратившим силу приказ …», «… күші жойылды деп танылсын»).</summary>
    Repeals,
    /// <summary>The text was repealed by the named order (footnote «Сноска. Утратил силу …», «Ескерту. … күші жойылды»).</summary>
    RepealedBy,
    /// <summary>The text is a new edition of the standard the named order approved («… жаңа редакцияда жазылсын», «изложить в новой редакции»).</summary>
    NewEditionOf,
}

/// <summary>
/// An order another act names, as printed: its number («228», «394/НҚ») and date, and the line that names it.
/// <see cref="Source"/> is the file (or «meta.yaml» of the act folder) the line is in.
/// </summary>
public sealed record ActRelation(ActRelationKind Kind, string Order, DateOnly? Date, string Source, int Line)
{
    /// <summary>Two mentions of one order: the same number and, when both are printed, the same date.</summary>
    public bool SameOrder(string order, DateOnly? date) =>
        string.Equals(Order, order, StringComparison.OrdinalIgnoreCase) && (Date is null || date is null || Date == date);
}
