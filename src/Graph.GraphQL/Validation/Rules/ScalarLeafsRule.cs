using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.3 Leaf Field Selections: leaves have no selection set; objects, interfaces and unions need one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction Enter(Node node, Node? parent)
        {
            if (node is not FieldNode field || Context.TypeInfo.Type is not { } type) return VisitAction.Continue;
            var name = field.Name.Value;
            if (type.NamedType.IsLeafType)
            {
                if (field.SelectionSet is not null)
                    Context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.",
                        field.SelectionSet);
            }
            else if (field.SelectionSet is null)
            {
                Context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                    field);
            }
            return VisitAction.Continue;
        }
    }
}
