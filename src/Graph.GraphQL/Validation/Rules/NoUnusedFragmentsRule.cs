using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var operations = new List<OperationDefinitionNode>();
        var fragments = new List<FragmentDefinitionNode>();
        return new RuleVisitor(
            node =>
            {
                switch (node)
                {
                    case OperationDefinitionNode operation:
                        operations.Add(operation);
                        return VisitAction.Skip;
                    case FragmentDefinitionNode fragment:
                        fragments.Add(fragment);
                        return VisitAction.Skip;
                    default:
                        return VisitAction.Continue;
                }
            },
            node =>
            {
                if (node is not DocumentNode) return;
                var used = context.GetRecursivelyReferencedFragmentsForOperations(operations)
                    .Select(f => f.Name.Value).ToHashSet();
                foreach (var fragment in fragments)
                    if (!used.Contains(fragment.Name.Value))
                        context.ReportError(GraphQLError.At($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
            });
    }
}
