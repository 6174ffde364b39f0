using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation;

/// <summary>
/// One validation rule of spec §5: given the shared context of a validation run, returns the visitor that checks
/// the document (graphql-js ValidationRule). The visitor sees the document with <see cref="TypeInfo"/> kept in step.
/// </summary>
public interface IValidationRule
{
    IAstVisitor CreateVisitor(ValidationContext context);
}

/// <summary>A visitor built from enter/leave callbacks, so a rule can keep its state in closures.</summary>
public sealed class RuleVisitor(Func<Node, VisitAction>? enter = null, Action<Node>? leave = null) : IAstVisitor
{
    public VisitAction Enter(Node node, Node? parent) => enter?.Invoke(node) ?? VisitAction.Continue;

    public void Leave(Node node, Node? parent) => leave?.Invoke(node);
}
