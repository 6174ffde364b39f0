using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation;

/// <summary>A rule visitor built from enter/leave callbacks, so a rule can keep its state in closures.</summary>
public sealed class RuleVisitor(Func<Node, VisitAction>? enter = null, Action<Node>? leave = null) : IAstVisitor
{
    public VisitAction Enter(Node node, Node? parent) => enter?.Invoke(node) ?? VisitAction.Continue;

    public void Leave(Node node, Node? parent) => leave?.Invoke(node);
}
