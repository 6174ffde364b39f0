using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles: one error per cycle found by a depth-first search.</summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var visited = new HashSet<string>();
        var spreadPath = new List<FragmentSpreadNode>();
        var spreadPathIndexByName = new Dictionary<string, int>();

        void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!visited.Add(fragmentName)) return;
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;
            spreadPathIndexByName[fragmentName] = spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                spreadPath.Add(spread);
                if (!spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment) DetectCycles(spreadFragment);
                }
                else
                {
                    var cyclePath = spreadPath[cycleIndex..];
                    var via = string.Join(", ", cyclePath.SkipLast(1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(GraphQLError.At(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via != "" ? $" via {via}." : "."),
                        cyclePath));
                }
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            spreadPathIndexByName.Remove(fragmentName);
        }

        return new RuleVisitor(node =>
        {
            switch (node)
            {
                case OperationDefinitionNode: return VisitAction.Skip;
                case FragmentDefinitionNode fragment:
                    DetectCycles(fragment);
                    return VisitAction.Skip;
                default: return VisitAction.Continue;
            }
        });
    }
}
