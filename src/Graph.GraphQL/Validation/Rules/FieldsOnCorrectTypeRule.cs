using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.1 Field Selections: every selected field is defined on the type it is selected on.</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is not FieldNode field || context.ParentType is not { } type || context.FieldDef is not null)
            return VisitAction.Continue;
        var fieldName = field.Name.Value;
        // Suggest a fragment on a type that has the field first; failing that, perhaps the name is a typo.
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
        if (suggestion == "")
            suggestion = Suggestions.DidYouMean(type is FieldsType fields
                ? Suggestions.List(fieldName, fields.Fields.Select(f => f.Name))
                : []);
        context.ReportError(GraphQLError.At($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field));
        return VisitAction.Continue;
    });

    // Possible types (and their interfaces) that define the field, most used first, supertypes before subtypes.
    private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType) return [];
        var suggested = new List<FieldsType>();
        var usageCount = new Dictionary<string, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null) continue;
            if (!suggested.Contains(possible)) suggested.Add(possible);
            usageCount[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null) continue;
                if (!suggested.Contains(iface)) suggested.Add(iface);
                usageCount[iface.Name] = usageCount.GetValueOrDefault(iface.Name) + 1;
            }
        }
        // The comparison is not a total order, so the result depends on the sort algorithm: use V8's, as graphql-js runs on it.
        JsSort(suggested, (a, b) =>
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0) return diff;
            if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
            if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name).ToList();
    }

    // V8's Array.prototype.sort (TimSort) for one run: take the leading ascending or strictly descending run
    // (reversing the latter), then binary-insert the rest.
    private static void JsSort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2) return;
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], items[i - 1]);
            if (descending ? order >= 0 : order < 0) break;
            runLength++;
        }
        if (descending) items.Reverse(0, runLength);
        for (var start = runLength; start < items.Count; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0) right = mid;
                else left = mid + 1;
            }
            items.RemoveAt(start);
            items.Insert(left, pivot);
        }
    }
}
