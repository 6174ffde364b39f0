using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.3 Leaf Field Selections: leaves have no selection, composite fields have a non-empty one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is not FieldNode field || context.Type is not { } type) return VisitAction.Continue;
        var name = field.Name.Value;
        if (type.NamedType.IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
                context.ReportError(GraphQLError.At(
                    $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet));
        }
        else if (field.SelectionSet is null)
            context.ReportError(GraphQLError.At(
                $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field));
        else if (field.SelectionSet.Selections.Count == 0)
            context.ReportError(GraphQLError.At($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field));
        return VisitAction.Continue;
    });
}
