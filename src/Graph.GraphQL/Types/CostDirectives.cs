using System.Globalization;
using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Types;

/// <summary>
/// How many items a list field returns, for the cost budget: the @listSize directive of the IBM GraphQL Cost
/// Directive specification. The size is the value of a slicing argument (its default when omitted), else the
/// assumed size. With sized fields, the size applies to those child fields (a connection's edges and nodes) and
/// not to the field itself.
/// </summary>
public sealed record ListSize(int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields);

/// <summary>Reads @cost(weight:) and @listSize(…) applied to field definitions in SDL.</summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSizeName = "listSize";

    /// <summary>The field's weight, or null when the SDL does not declare one.</summary>
    public static int? Weight(IEnumerable<DirectiveNode> directives)
    {
        var weight = Argument(directives, Cost, "weight");
        if (weight is null) return null;
        // The specification types weights as strings so they can be fractional; budgets here count whole units.
        if (weight is StringValueNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value is >= 0 and <= int.MaxValue)
            return (int)Math.Ceiling(value);
        throw new InvalidOperationException($"@cost(weight:) must be a string holding a number from 0 to {int.MaxValue}.");
    }

    public static ListSize? ListSize(IEnumerable<DirectiveNode> directives)
    {
        var directive = directives.FirstOrDefault(d => d.Name.Value == ListSizeName);
        if (directive is null) return null;
        var assumed = directive.Arguments.FirstOrDefault(a => a.Name.Value == "assumedSize")?.Value switch
        {
            IntValueNode i when int.TryParse(i.Value, CultureInfo.InvariantCulture, out var n) && n >= 0 => n,
            null or NullValueNode => (int?)null,
            _ => throw new InvalidOperationException("@listSize(assumedSize:) must be a non-negative Int."),
        };
        return new ListSize(assumed, Strings(directive, "slicingArguments"), Strings(directive, "sizedFields"));
    }

    private static IReadOnlyList<string> Strings(DirectiveNode directive, string argument) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value switch
        {
            ListValueNode list => list.Values.OfType<StringValueNode>().Select(s => s.Value).ToList(),
            StringValueNode single => [single.Value],
            _ => [],
        };

    private static ValueNode? Argument(IEnumerable<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;
}
