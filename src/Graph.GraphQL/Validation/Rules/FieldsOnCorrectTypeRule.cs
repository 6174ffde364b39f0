using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.1 Field Selections: a selected field must be defined on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction Enter(Node node, Node? parent)
        {
            if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } type || Context.TypeInfo.FieldDef is not null)
                return VisitAction.Continue;
            var name = field.Name.Value;
            var suggestion = Suggestions.DidYouMean(SuggestedTypes(type, name), "to use an inline fragment on");
            if (suggestion.Length == 0) suggestion = Suggestions.DidYouMean(SuggestedFields(type, name));
            Context.ReportError($"Cannot query field \"{name}\" on type \"{type.Name}\".{suggestion}", field);
            return VisitAction.Continue;
        }

        // For abstract parents: types that do define the field; interfaces rank by how many possible types use them.
        private IReadOnlyList<string> SuggestedTypes(NamedType type, string fieldName)
        {
            if (!type.IsAbstractType) return [];
            var schema = Context.Schema;
            var suggested = new List<NamedType>();
            var usage = new Dictionary<string, int>();
            foreach (var possible in schema.GetPossibleTypes(type))
            {
                if (possible.GetField(fieldName) is null) continue;
                suggested.Add(possible);
                usage[possible.Name] = 1;
                foreach (var iface in possible.Interfaces)
                {
                    if (iface.GetField(fieldName) is null) continue;
                    if (!suggested.Contains(iface)) suggested.Add(iface);
                    usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
                }
            }
            suggested.Sort((a, b) =>
            {
                var diff = usage[b.Name] - usage[a.Name];
                if (diff != 0) return diff;
                if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
                if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
                return string.CompareOrdinal(a.Name, b.Name);
            });
            return suggested.Select(t => t.Name).ToList();
        }

        private static IReadOnlyList<string> SuggestedFields(NamedType type, string fieldName) =>
            type is FieldsType fields ? Suggestions.List(fieldName, fields.Fields.Select(f => f.Name)) : [];
    }
}
