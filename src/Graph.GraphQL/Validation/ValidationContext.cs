using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation;

/// <summary>A variable as used somewhere in a document, with the input type and default expected at that spot.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, TypeInfo.DefaultValue? DefaultValue, GraphQLType? ParentType);

/// <summary>
/// What every rule of one validation run shares (graphql-js ValidationContext): the schema and document, the type
/// information at the walk's position, the ancestors of the current node, memoised fragment and variable lookups,
/// and the error sink.
/// </summary>
public sealed class ValidationContext
{
    // Bounds the fragment bookkeeping of pathological documents (graphql-js 16.15 spends the same budget).
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly List<Node> _ancestors = [];
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = new();
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<VariableUsage>> _fragmentVariableUsages = new();
    private int _remainingFragmentWork = FragmentWorkBudget;

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

    public void ReportError(GraphQLError error) => _onError(error);

    public GraphQLType? Type => TypeInfo.Type;
    public NamedType? ParentType => TypeInfo.ParentType;
    public GraphQLType? InputType => TypeInfo.InputType;
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;
    public FieldDefinition? FieldDef => TypeInfo.FieldDef;
    public DirectiveDefinition? Directive => TypeInfo.Directive;
    public InputValueDefinition? Argument => TypeInfo.Argument;

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>();
            // The last definition of a name wins, as in graphql-js (duplicates are UniqueFragmentNames' business).
            foreach (var fragment in Document.Definitions.OfType<FragmentDefinitionNode>())
                _fragments[fragment.Name.Value] = fragment;
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set (not following the spreads).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>([selectionSet]);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } inner }: setsToVisit.Push(inner); break;
                    case InlineFragmentNode inline: setsToVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        return _fragmentSpreads[selectionSet] = spreads;
    }

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the operations reach through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(
        IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>();
        foreach (var operation in operations)
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);

        var key = string.Join("\n", names.Order(StringComparer.Ordinal));
        if (_recursivelyReferencedFragments.TryGetValue(key, out var cached)) return cached;

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
        return _recursivelyReferencedFragments[key] = fragments;
    }

    /// <summary>The variables used directly inside an operation or fragment, with the input type at each use.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached)) return cached;
        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        AstWalker.Walk(node, new VariableUsageCollector(typeInfo, usages));
        return _variableUsages[node] = usages;
    }

    /// <summary>The variables used by an operation, directly or through any fragment it reaches.</summary>
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
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException();
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo, List<VariableUsage> usages) : IAstVisitor
    {
        public VisitAction Enter(Node node, Node? parent)
        {
            typeInfo.Enter(node);
            switch (node)
            {
                case VariableDefinitionNode:
                    typeInfo.Leave(node);
                    return VisitAction.Skip;
                case VariableNode variable:
                    usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.Default, typeInfo.ParentInputType));
                    break;
            }
            return VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent) => typeInfo.Leave(node);
    }
}

/// <summary>Validation stopped early: a work budget ran out on a pathological document.</summary>
public sealed class ValidationAbortedException() : Exception("Validation aborted.");
