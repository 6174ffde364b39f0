using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation;

/// <summary>A rule: creates the visitor that checks one spec rule while the document is walked once.</summary>
public interface IValidationRule
{
    IAstVisitor CreateVisitor(ValidationContext context);
}

/// <summary>Convenience base for rule visitors: override only what the rule needs.</summary>
public abstract class ValidationVisitor(ValidationContext context) : IAstVisitor
{
    protected ValidationContext Context { get; } = context;
    public virtual VisitAction Enter(Node node, Node? parent) => VisitAction.Continue;
    public virtual void Leave(Node node, Node? parent) { }
}

/// <summary>A variable used somewhere, with the input type and default expected at that position.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, object? DefaultValue);

/// <summary>What rules see: schema, document, the shared TypeInfo and fragment/variable lookups (graphql-js ValidationContext).</summary>
public sealed class ValidationContext
{
    private readonly Action<GraphQLError> _onError;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _onError = onError;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public TypeInfo TypeInfo { get; }

    public void ReportError(GraphQLError error) => _onError(error);

    public void ReportError(string message, params IEnumerable<Node?> nodes) => _onError(GraphQLError.At(message, nodes));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        _fragments ??= Document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Fragment spreads directly or (through inline fragments) indirectly in a selection set.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } s }: pending.Push(s); break;
                    case InlineFragmentNode inline: pending.Push(inline.SelectionSet); break;
                }
            }
        }
        return _spreads[selectionSet] = spreads;
    }

    /// <summary>Every fragment an operation uses, transitively (each once, known fragments only).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (!collected.Add(spread.Name.Value)) continue;
                if (GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }
        return _recursiveFragments[operation] = fragments;
    }

    /// <summary>Variables used inside an operation or fragment, with the input type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached)) return cached;
        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        AstWalker.Walk(node, new UsageCollector(typeInfo, usages));
        return _variableUsages[node] = usages;
    }

    /// <summary>Variables used by an operation, including inside every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation)) usages.AddRange(GetVariableUsages(fragment));
        return usages;
    }

    private sealed class UsageCollector(TypeInfo typeInfo, List<VariableUsage> usages) : IAstVisitor
    {
        public VisitAction Enter(Node node, Node? parent)
        {
            typeInfo.Enter(node);
            if (node is VariableDefinitionNode)
            {
                typeInfo.Leave(node);
                return VisitAction.Skip;
            }
            if (node is VariableNode variable)
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.DefaultValue));
            return VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent) => typeInfo.Leave(node);
    }
}
