namespace CareerGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema: root operation types, every named type reachable from them (plus extra types) and the
/// directives. Construction collects the type map; <see cref="Utilities.SchemaValidator"/> checks the spec's rules.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _typeMap = new();
    private readonly Dictionary<string, List<ObjectType>> _implementations = new();
    private readonly Dictionary<string, List<InterfaceType>> _interfaceImplementations = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _possibleTypeNames = new();
    private readonly Dictionary<Type, ObjectType> _clrTypes = new();

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = (directives ?? Types.Directives.Specified).ToList();

        // Insertion order matters: PrintSchema and introspection list types in this order. It mirrors graphql-js:
        // given types start in the map, and each is moved to the end when its turn to be collected comes.
        var given = (types ?? []).ToList();
        foreach (var type in given) _typeMap.TryAdd(type.Name, type);
        foreach (var type in given)
        {
            if (_typeMap.TryGetValue(type.Name, out var present) && ReferenceEquals(present, type)) _typeMap.Remove(type.Name);
            Collect(type);
        }
        if (query is not null) Collect(query);
        if (mutation is not null) Collect(mutation);
        if (subscription is not null) Collect(subscription);
        foreach (var directive in Directives)
            foreach (var arg in directive.Arguments) Collect(arg.Type);
        Collect(Introspection.SchemaType);

        foreach (var type in _typeMap.Values)
        {
            if (type is not FieldsType fieldsType) continue;
            foreach (var iface in fieldsType.Interfaces)
            {
                if (type is ObjectType obj) Add(_implementations, iface.Name, obj);
                else if (type is InterfaceType it) Add(_interfaceImplementations, iface.Name, it);
            }
        }
    }

    public string? Description { get; init; }
    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }
    public IReadOnlyList<DirectiveDefinition> Directives { get; }
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;
    public Language.SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>Errors found by a collision of two different types with one name while collecting the type map.</summary>
    internal List<string> CollectionErrors { get; } = [];

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>Object types a value of this abstract type may have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType u => u.Types,
        InterfaceType i => _implementations.TryGetValue(i.Name, out var list) ? list : [],
        ObjectType o => [o],
        _ => [],
    };

    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType iface) =>
        _interfaceImplementations.TryGetValue(iface.Name, out var list) ? list : [];

    /// <summary>True when maybeSub is a possible type of (or an interface implementing) the abstract type.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (!_possibleTypeNames.TryGetValue(abstractType.Name, out var names))
        {
            names = GetPossibleTypes(abstractType).Select(t => t.Name).ToHashSet();
            if (abstractType is InterfaceType i) names.UnionWith(GetInterfaceImplementations(i).Select(t => t.Name));
            _possibleTypeNames[abstractType.Name] = names;
        }
        return names.Contains(maybeSubType.Name);
    }

    /// <summary>Maps a CLR type to the object type its instances represent, for abstract type resolution.</summary>
    public void MapClrType(Type clrType, ObjectType objectType) => _clrTypes[clrType] = objectType;

    public ObjectType? GetObjectTypeForClr(Type clrType)
    {
        for (var t = clrType; t is not null; t = t.BaseType)
            if (_clrTypes.TryGetValue(t, out var mapped)) return mapped;
        return null;
    }

    internal IReadOnlyDictionary<Type, ObjectType> ClrTypes => _clrTypes;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }

    private void Collect(GraphQLType type)
    {
        var named = type.NamedType;
        if (_typeMap.TryGetValue(named.Name, out var existing))
        {
            if (!ReferenceEquals(existing, named))
                CollectionErrors.Add($"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\".");
            return;
        }
        _typeMap[named.Name] = named;
        switch (named)
        {
            case UnionType u:
                foreach (var member in u.Types) Collect(member);
                break;
            case FieldsType f:
                foreach (var iface in f.Interfaces) Collect(iface);
                foreach (var field in f.Fields)
                {
                    Collect(field.Type);
                    foreach (var arg in field.Arguments) Collect(arg.Type);
                }
                break;
            case InputObjectType i:
                foreach (var field in i.Fields) Collect(field.Type);
                break;
        }
    }
}
