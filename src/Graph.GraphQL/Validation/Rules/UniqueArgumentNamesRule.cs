using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2 Argument Uniqueness: one error per repeated argument name of a field or directive.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        var arguments = node switch
        {
            FieldNode f => f.Arguments,
            DirectiveNode d => d.Arguments,
            _ => null,
        };
        if (arguments is null) return VisitAction.Continue;
        foreach (var group in arguments.GroupBy(a => a.Name.Value))
            if (group.Count() > 1)
                context.ReportError(GraphQLError.At(
                    $"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name)));
        return VisitAction.Continue;
    });
}
