using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument must be defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction Enter(Node node, Node? parent)
        {
            if (node is not ArgumentNode argument || Context.TypeInfo.Argument is not null) return VisitAction.Continue;
            var name = argument.Name.Value;
            if (parent is DirectiveNode directiveNode && Context.TypeInfo.Directive is { } directive)
            {
                Context.ReportError($"Unknown argument \"{name}\" on directive \"@{directiveNode.Name.Value}\"." +
                                    Suggestions.DidYouMean(Suggestions.List(name, directive.Arguments.Select(a => a.Name))), argument);
            }
            else if (parent is FieldNode && Context.TypeInfo.FieldDef is { } field && Context.TypeInfo.ParentType is { } parentType)
            {
                Context.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." +
                                    Suggestions.DidYouMean(Suggestions.List(name, field.Arguments.Select(a => a.Name))), argument);
            }
            return VisitAction.Continue;
        }
    }
}
