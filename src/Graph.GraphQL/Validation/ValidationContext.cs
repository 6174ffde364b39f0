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

/// <summary>
/// A variable used somewhere, with the input type and default expected at that position, and the input type that
/// holds the position (an input object for a variable in an object field: @oneOf needs it).
/// </summary>
public sealed record VariableUsage(
    VariableNode Node, GraphQLType? Type, bool HasDefaultValue, object? DefaultValue, GraphQLType? ParentType = null);

/// <summary>What rules see: schema, document, the shared TypeInfo and fragment/variable lookups (graphql-js ValidationContext).</summary>
public sealed class ValidationContext
{
    // Bounds the fragment bookkeeping of pathological documents (graphql-js 16.15 spends the same budget).
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly List<Node> _ancestors = [];
    private int _remainingFragmentWork = FragmentWorkBudget;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = new();
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<VariableUsage>> _fragmentVariableUsages = new();
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

    /// <summary>The nodes from the document down to (not including) the node being visited.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    internal void PushAncestor(Node node) => _ancestors.Add(node);
    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);

    public GraphQLType? Type => TypeInfo.Type;
    public NamedType? ParentType => TypeInfo.ParentType;
    public GraphQLType? InputType => TypeInfo.InputType;
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;
    public FieldDefinition? FieldDef => TypeInfo.FieldDef;
    public DirectiveDefinition? Directive => TypeInfo.Directive;
    public InputValueDefinition? Argument => TypeInfo.Argument;

    public void ReportError(GraphQLError error) => _onError(error);

    public void ReportError(string message, params IEnumerable<Node?> nodes) => _onError(GraphQLError.At(message, nodes));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            // The last definition of a name wins, as in graphql-js (duplicates are UniqueFragmentNames' business).
            _fragments = new Dictionary<string, FragmentDefinitionNode>();
            foreach (var fragment in Document.Definitions.OfType<FragmentDefinitionNode>()) _fragments[fragment.Name.Value] = fragment;
        }
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
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the operations reach through spreads, transitively, each once, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(
        IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>();
        foreach (var operation in operations)
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);

        var key = string.Join("\n", names.Order(StringComparer.Ordinal));
        if (_recursiveFragments.TryGetValue(key, out var cached)) return cached;

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        }
        return _recursiveFragments[key] = fragments;
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
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments(operation);
        var key = string.Join("\n", fragments.Select(f => f.Name.Value));
        if (!_fragmentVariableUsages.TryGetValue(key, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var list = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                list.AddRange(local);
            }
            _fragmentVariableUsages[key] = fragmentUsages = list;
        }
        SpendFragmentWork(fragmentUsages.Count);
        return _recursiveVariableUsages[operation] = [.. GetVariableUsages(operation), .. fragmentUsages];
    }

    /// <summary>Charges fragment bookkeeping against the budget; aborts validation when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
            throw new ValidationAbortedException("The document spreads its fragments too many times to check; spread each fragment fewer times.");
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
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.DefaultValue,
                    typeInfo.ParentInputType));
            return VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent) => typeInfo.Leave(node);
    }
}

/// <summary>Validation stopped early: a work budget ran out on a pathological document; the reason says which and how to fix it.</summary>
public sealed class ValidationAbortedException(string reason) : Exception("Validation aborted. " + reason); // graphql-js says only the first sentence
