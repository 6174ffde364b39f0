using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a List/NonNull wrapper around one (spec §3).</summary>
public abstract class GraphQLType
{
    public abstract override string ToString();

    /// <summary>The named type at the core of any wrapping.</summary>
    public NamedType NamedType => this switch
    {
        NamedType n => n,
        ListType l => l.OfType.NamedType,
        NonNullType n => n.OfType.NamedType,
        _ => throw new InvalidOperationException(),
    };

    public GraphQLType Nullable => this is NonNullType n ? n.OfType : this;

    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;
    public bool IsOutputType => NamedType is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;
    public bool IsLeafType => this is ScalarType or EnumType;
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>Two type references describe the same type (structural equality of wrappers, identity of named types).</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        _ => false,
    };
}

public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;
    public override string ToString() => $"[{OfType}]";
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException($"Expected {ofType} to be a nullable type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }
    public override string ToString() => $"{OfType}!";
}

/// <summary>Base of scalar, object, interface, union, enum and input object types.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    /// <summary>The SDL definition this type was built from, if any, plus its extensions.</summary>
    public TypeDefinitionNode? AstNode { get; init; }
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = [];
    public override string ToString() => Name;
}

/// <summary>Thunks let types reference each other (and themselves) before all of them exist.</summary>
internal sealed class Lazy<TKey, TValue>(Func<IEnumerable<TValue>> factory, Func<TValue, TKey> key) where TKey : notnull
{
    private IReadOnlyDictionary<TKey, TValue>? _map;
    private IReadOnlyList<TValue>? _list;
    private bool _building;

    public IReadOnlyList<TValue> List => _list ??= Build().list;
    public IReadOnlyDictionary<TKey, TValue> Map => _map ??= Build().map;

    private (IReadOnlyList<TValue> list, IReadOnlyDictionary<TKey, TValue> map) Build()
    {
        lock (this)
        {
            if (_list is null || _map is null)
            {
                // The lock is re-entrant: a thunk that needs its own result (an input field whose default value
                // is an object of the same input type) would otherwise recurse until the stack overflows.
                if (_building)
                    throw new InvalidOperationException(
                        "A type's fields refer to themselves while being built (e.g. an input field whose default value is an object of its own input type).");
                _building = true;
                List<TValue> list;
                try { list = factory().ToList(); }
                finally { _building = false; }
                var map = new Dictionary<TKey, TValue>();
                foreach (var item in list) map.TryAdd(key(item), item);
                (_list, _map) = (list, map);
            }
            return (_list, _map);
        }
    }
}
