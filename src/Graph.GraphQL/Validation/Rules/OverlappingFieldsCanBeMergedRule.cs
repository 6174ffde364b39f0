using System.Runtime.CompilerServices;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging (FieldsInSetCanMerge, SameResponseShape): fields that share a response name
/// must be the same field with the same arguments (unless their parents are distinct object types) and return
/// shapes that can merge, recursively through sub-selections and fragments. One error per conflicting pair, as
/// graphql-js 16.15 reports them; collected field sets and fragment comparisons are memoised so that documents with
/// many fragments stay polynomial, and a complexity budget aborts pathological ones.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var state = new State(context);
        return new RuleVisitor(node =>
        {
            if (node is not SelectionSetNode selectionSet) return VisitAction.Continue;
            // An inline fragment's fields are checked with the enclosing selection set, which collects them.
            if (context.Ancestors.Count > 0 && context.Ancestors[^1] is InlineFragmentNode) return VisitAction.Continue;
            if (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode)
                return VisitAction.Continue;
            foreach (var conflict in state.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
                context.ReportError(GraphQLError.At(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2)));
            return VisitAction.Continue;
        });
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

    /// <summary>One field selection with what is known of it; Info is built lazily, only for fields that overlap.</summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
        public FieldInfo? Info { get; set; }
    }

    private sealed class FieldInfo(NamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
    {
        public NamedType? NamedType { get; } = namedType;
        public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
        public Dictionary<string, ValueNode> ArgumentValues { get; } = Index(arguments);
        /// <summary>Reason (null: none) found when comparing this field's name and arguments with another's.</summary>
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        private static Dictionary<string, ValueNode> Index(IReadOnlyList<ArgumentNode> arguments)
        {
            var values = new Dictionary<string, ValueNode>();
            foreach (var argument in arguments) values[argument.Name.Value] = argument.Value;
            return values;
        }
    }

    private sealed record Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>The fields of a selection set by response name (in order) plus the fragments it spreads.</summary>
    private sealed class CollectFieldsResult
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new();
        public List<string> FragmentNames { get; } = [];
        /// <summary>Fragment name → whether it was compared with these fields as mutually exclusive.</summary>
        public Dictionary<string, bool> ComparedFragments { get; } = new();
        public Dictionary<CollectFieldsResult, List<Overlap>> OverlappingFields { get; } = new(ReferenceEqualityComparer.Instance);
    }

    private sealed class State(ValidationContext context)
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new();
        private readonly Dictionary<(NamedType?, SelectionSetNode), CollectFieldsResult> _collected = new(ReferencePairComparer.Instance);
        private readonly Dictionary<ValueNode, string> _stringified = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = MaxComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var fields = CollectFields(parentType, selectionSet);
            // (A) Conflicts among the fields of this selection set (including inline fragments' fields).
            CollectConflictsWithin(conflicts, fields);
            if (fields.FragmentNames.Count != 0 && (fields.GroupedFieldSet.Count != 0 || fields.FragmentNames.Count > 1))
            {
                for (var i = 0; i < fields.FragmentNames.Count; i++)
                {
                    // (B) Between these fields and each spread fragment; (C) between the spread fragments.
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fields.FragmentNames[i]);
                    for (var j = i + 1; j < fields.FragmentNames.Count; j++)
                        CollectConflictsBetweenFragments(conflicts, false, fields.FragmentNames[i], fields.FragmentNames[j]);
                }
            }
            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive,
            CollectFieldsResult fields, string fragmentName)
        {
            Spend(1);
            if (fields.GroupedFieldSet.Count == 0) return;
            // A non-exclusive comparison covers an exclusive one, not the other way round.
            if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive)) return;
            fields.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment) return;
            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(fields, fragmentFields)) return;
            // (D) Between the fields and the fragment's fields; (E) and the fragments it spreads in turn.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive,
            string fragmentName1, string fragmentName2)
        {
            Spend(2);
            if (fragmentName1 == fragmentName2) return;
            if (PairCompared(fragmentName1, fragmentName2, areMutuallyExclusive)) return;
            AddPair(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
                return;
            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);
            // (F) Between the two fragments' fields; (G) between each and the fragments the other spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referenced2 in fields2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            foreach (var referenced1 in fields1.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive,
            NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);
            // (H) Between the two field sets; (I) each against the other's fragments; (J) fragments against fragments.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var fragmentName2 in fields2.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
            foreach (var fragmentName1 in fields1.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
            foreach (var fragmentName1 in fields1.FragmentNames)
                foreach (var fragmentName2 in fields2.FragmentNames)
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult fields)
        {
            foreach (var (responseName, list) in fields.GroupedFieldSet)
                for (var i = 0; i < list.Count; i++)
                    for (var j = i + 1; j < list.Count; j++)
                        if (FindConflict(false, responseName, list[i], list[j]) is { } conflict)
                            conflicts.Add(conflict);
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive,
            CollectFieldsResult fields1, CollectFieldsResult fields2)
        {
            if (fields1.GroupedFieldSet.Count == 0 || fields2.GroupedFieldSet.Count == 0) return;
            foreach (var overlap in OverlappingFields(fields1, fields2))
                foreach (var field1 in overlap.Fields1)
                    foreach (var field2 in overlap.Fields2)
                        if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                            conflicts.Add(conflict);
        }

        private List<Overlap> OverlappingFields(CollectFieldsResult fields1, CollectFieldsResult fields2)
        {
            if (fields1.OverlappingFields.TryGetValue(fields2, out var cached)) return cached;
            var overlaps = new List<Overlap>();
            foreach (var (responseName, list1) in fields1.GroupedFieldSet)
            {
                Spend(1);
                if (fields2.GroupedFieldSet.TryGetValue(responseName, out var list2))
                    overlaps.Add(new Overlap(responseName, list1, list2));
            }
            return fields1.OverlappingFields[fields2] = overlaps;
        }

        // Spec FieldsInSetCanMerge for one pair of fields, recursing into their sub-selections (SameResponseShape).
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName,
            FieldDetails field1, FieldDetails field2)
        {
            // Fields on two different object types can never both apply, so only their shapes must agree.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2)
                && field1.Node.Name.Value == field2.Node.Name.Value)
                return null;

            if (!areMutuallyExclusive)
            {
                var info1 = InfoOf(field1);
                var info2 = InfoOf(field2);
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = field1.Node.Name.Value;
                    var name2 = field2.Node.Name.Value;
                    reason = name1 != name2
                        ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                        : SameArguments(info1, info2) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }
                if (reason is not null) return new Conflict(responseName, reason, [field1.Node], [field2.Node]);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"",
                    [field1.Node], [field2.Node]);

            if (field1.Node.SelectionSet is { } selectionSet1 && field2.Node.SelectionSet is { } selectionSet2)
            {
                var subConflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive,
                    InfoOf(field1).NamedType, selectionSet1, InfoOf(field2).NamedType, selectionSet2);
                return SubfieldConflicts(subConflicts, responseName, field1.Node, field2.Node);
            }
            return null;
        }

        private static FieldInfo InfoOf(FieldDetails details) =>
            details.Info ??= new FieldInfo(details.Definition?.Type.NamedType, details.Node.Arguments);

        private bool SameArguments(FieldInfo info1, FieldInfo info2)
        {
            if (info1.Arguments.Count != info2.Arguments.Count) return false;
            foreach (var argument in info1.Arguments)
            {
                Spend(1);
                if (!info2.ArgumentValues.TryGetValue(argument.Name.Value, out var value2)) return false;
                if (Stringify(argument.Value) != Stringify(value2)) return false;
            }
            return true;
        }

        // A canonical text of a literal: object fields in name order, every value tagged with its kind.
        private string Stringify(ValueNode value)
        {
            if (_stringified.TryGetValue(value, out var cached)) return cached;
            var text = value switch
            {
                VariableNode v => "$" + v.Name.Value,
                ObjectValueNode o => "{" + string.Join(",", o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal)
                    .Select(f => f.Name.Value + ":" + Stringify(f.Value))) + "}",
                ListValueNode l => "[" + string.Join(",", l.Values.Select(Stringify)) + "]",
                StringValueNode s => (s.Block ? "B" : "S") + Printer.PrintString(s.Value),
                IntValueNode i => "I" + i.Value,
                FloatValueNode f => "F" + f.Value,
                BooleanValueNode b => b.Value ? "true" : "false",
                EnumValueNode e => "E" + e.Value,
                _ => "null",
            };
            return _stringified[value] = text;
        }

        // Two types conflict when no value could be of both (lists vs non-lists, nullability, different leaves).
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (ReferenceEquals(type1, type2)) return false;
            Spend(1);
            if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            if (type2 is ListType) return true;
            if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            if (type2 is NonNullType) return true;
            if (type1.IsLeafType || type2.IsLeafType) return !ReferenceEquals(type1, type2);
            return false;
        }

        private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_collected.TryGetValue((parentType, selectionSet), out var cached)) return cached;
            var result = new CollectFieldsResult();
            var fragmentNames = new HashSet<string>();
            CollectFieldsImpl(parentType, selectionSet, result, fragmentNames);
            return _collected[(parentType, selectionSet)] = result;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result,
            HashSet<string> fragmentNames)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                    {
                        var definition = parentType is FieldsType fieldsType ? fieldsType.GetField(field.Name.Value) : null;
                        if (!result.GroupedFieldSet.TryGetValue(field.ResponseKey, out var list))
                            result.GroupedFieldSet[field.ResponseKey] = list = [];
                        list.Add(new FieldDetails(parentType, field, definition));
                        break;
                    }
                    case FragmentSpreadNode spread:
                        if (fragmentNames.Add(spread.Name.Value)) result.FragmentNames.Add(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is { } condition
                            ? TypeInfo.TypeFromAst(context.Schema, condition) as NamedType
                            : parentType;
                        CollectFieldsImpl(type, inline.SelectionSet, result, fragmentNames);
                        break;
                    }
                }
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0) return null;
            var message = "";
            foreach (var conflict in conflicts)
            {
                message += (message == "" ? "" : " and ") +
                           $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
                if (message.Length > MaxConflictDetailLength) break;
            }
            return new Conflict(responseName, Abbreviate(message),
                ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
        }

        // The enclosing field first, then the conflicting sub-fields, capped so huge conflicts stay readable.
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
                if (nodes.Count == MaxConflictNodes) break;
            }
            return nodes;
        }

        private bool PairCompared(string a, string b, bool areMutuallyExclusive) =>
            HasPair(a, b, areMutuallyExclusive) || HasPair(b, a, areMutuallyExclusive);

        // An exclusive comparison is covered by any earlier one; a non-exclusive one only by a non-exclusive one.
        private bool HasPair(string a, string b, bool areMutuallyExclusive) =>
            _comparedFragmentPairs.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored)
            && (areMutuallyExclusive || !stored);

        private void AddPair(string a, string b, bool areMutuallyExclusive)
        {
            if (!_comparedFragmentPairs.TryGetValue(a, out var map)) _comparedFragmentPairs[a] = map = new();
            map[b] = areMutuallyExclusive;
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
                throw new ValidationAbortedException($"Checking that same-named fields can be merged needs more than {MaxComplexityBudget} comparisons; select each field once (aliases give different arguments their own name).");
        }
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) pair) =>
            HashCode.Combine(pair.Item1 is null ? 0 : RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
