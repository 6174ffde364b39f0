using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Types;

/// <summary>Resolves one field. Sync resolvers return a completed ValueTask.</summary>
public delegate ValueTask<object?> FieldResolver(FieldContext context);

/// <summary>Names the concrete object type of a value of an abstract type (null when it cannot tell).</summary>
public delegate string? TypeResolver(object value, FieldContext context);

/// <summary>An argument, an input object field or a directive argument.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type, string? description = null)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; } = type;
    public string? Description { get; } = description;
    public bool HasDefaultValue { get; init; }
    /// <summary>The default, already coerced to its internal value.</summary>
    public object? DefaultValue { get; init; }
    public string? DeprecationReason { get; init; }
    public InputValueDefinitionNode? AstNode { get; init; }
    public override string ToString() => Name;
}

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition(string name, GraphQLType type, string? description = null)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; } = type;
    public string? Description { get; } = description;
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];
    public string? DeprecationReason { get; init; }
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Null means the default resolver: read the parent's property or dictionary key.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// The field's own weight in the cost budget (@cost); null means the default: 0, so a field costs the objects
    /// it returns (1 each) and whatever is selected under them.
    /// </summary>
    public int? Cost { get; internal set; }

    /// <summary>How many items the field returns for the cost budget (@listSize); null for the default size.</summary>
    public ListSize? ListSize { get; internal set; }

    public InputValueDefinition? GetArgument(string argName) => Arguments.FirstOrDefault(a => a.Name == argName);

    /// <summary>Per-field cache of compiled property accessors, keyed by the parent's CLR type.</summary>
    public Execution.MemberAccessorCache Accessors { get; } = new();

    public override string ToString() => Name;
}

/// <summary>Shared shape of object and interface types: fields and implemented interfaces.</summary>
public abstract class FieldsType : NamedType
{
    private readonly Lazy<string, FieldDefinition> _fields;
    private readonly Lazy<string, InterfaceType> _interfaces;

    protected FieldsType(string name, Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces, string? description) : base(name, description)
    {
        _fields = new(fields, f => f.Name);
        _interfaces = new(interfaces ?? (() => []), i => i.Name);
    }

    public IReadOnlyList<FieldDefinition> Fields => _fields.List;
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.List;
    public FieldDefinition? GetField(string fieldName) => _fields.Map.GetValueOrDefault(fieldName);
}

public sealed class ObjectType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null) : FieldsType(name, fields, interfaces, description)
{
    public ObjectType(string name, IEnumerable<FieldDefinition> fields, string? description = null)
        : this(name, () => fields, null, description) { }

    /// <summary>Optional check used when an abstract type has no other way to resolve a value's type.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}

public sealed class InterfaceType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null) : FieldsType(name, fields, interfaces, description)
{
    public TypeResolver? ResolveType { get; set; }
}

public sealed class UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null)
    : NamedType(name, description)
{
    private readonly Lazy<string, ObjectType> _types = new(types, t => t.Name);
    public IReadOnlyList<ObjectType> Types => _types.List;
    public TypeResolver? ResolveType { get; set; }
}

public sealed class EnumValueDefinition(string name, object? value, string? description = null)
{
    public string Name { get; } = name;
    /// <summary>The internal value resolvers see and return; defaults to the name.</summary>
    public object? Value { get; } = value;
    public string? Description { get; } = description;
    public string? DeprecationReason { get; init; }
    public EnumValueDefinitionNode? AstNode { get; init; }
}

public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName;
    private readonly Dictionary<object, EnumValueDefinition> _byValue = new();

    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null) : base(name, description)
    {
        Values = values.ToList();
        _byName = new Dictionary<string, EnumValueDefinition>();
        foreach (var value in Values)
        {
            _byName.TryAdd(value.Name, value);
            if (value.Value is not null) _byValue.TryAdd(value.Value, value);
        }
    }

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public EnumValueDefinition? GetValue(string valueName) => _byName.GetValueOrDefault(valueName);

    /// <summary>Result coercion: internal value → enum name. CLR enums and strings also match by name.</summary>
    public string Serialize(object? value)
    {
        if (value is not null)
        {
            if (_byValue.TryGetValue(value, out var byValue)) return byValue.Name;
            if ((value is string || value is Enum) && _byName.TryGetValue(value.ToString()!, out var byName)) return byName.Name;
        }
        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {Scalars.Inspect(value)}");
    }

    public object? ParseValue(object? value)
    {
        if (value is not string s)
        {
            var text = Scalars.Inspect(value);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {text}." + DidYouMean(text));
        }
        return _byName.TryGetValue(s, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{s}\" does not exist in \"{Name}\" enum." + DidYouMean(s));
    }

    public object? ParseLiteral(ValueNode literal)
    {
        var text = Printer.Print(literal);
        if (literal is not EnumValueNode e)
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text));
        return _byName.TryGetValue(e.Value, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text));
    }

    private string DidYouMean(string unknown) =>
        Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(unknown, Values.Select(v => v.Name)), "the enum value");
}

public sealed class InputObjectType(
    string name, Func<IEnumerable<InputValueDefinition>> fields, string? description = null, bool isOneOf = false)
    : NamedType(name, description)
{
    private readonly Lazy<string, InputValueDefinition> _fields = new(fields, f => f.Name);
    public IReadOnlyList<InputValueDefinition> Fields => _fields.List;
    public InputValueDefinition? GetField(string fieldName) => _fields.Map.GetValueOrDefault(fieldName);
    /// <summary>@oneOf: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; } = isOneOf;
}

public enum DirectiveLocation
{
    QUERY, MUTATION, SUBSCRIPTION, FIELD, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, VARIABLE_DEFINITION,
    SCHEMA, SCALAR, OBJECT, FIELD_DEFINITION, ARGUMENT_DEFINITION, INTERFACE, UNION, ENUM, ENUM_VALUE, INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
    /// <summary>Not in the October 2021 spec; graphql-js 16.15 allows @deprecated on directive definitions.</summary>
    DIRECTIVE_DEFINITION,
}

public sealed class DirectiveDefinition(
    string name,
    IReadOnlyList<DirectiveLocation> locations,
    IReadOnlyList<InputValueDefinition>? arguments = null,
    bool isRepeatable = false,
    string? description = null)
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;
    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments ?? [];
    public bool IsRepeatable { get; } = isRepeatable;
    public DirectiveDefinitionNode? AstNode { get; init; }
    public string? DeprecationReason { get; init; }
    public InputValueDefinition? GetArgument(string argName) => Arguments.FirstOrDefault(a => a.Name == argName);
    public override string ToString() => "@" + Name;
}

/// <summary>The directives every schema has (spec §3.13).</summary>
public static class Directives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new("include",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(Scalars.Boolean), "Included when true.")],
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static readonly DirectiveDefinition Skip = new("skip",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(Scalars.Boolean), "Skipped when true.")],
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static readonly DirectiveDefinition Deprecated = new("deprecated",
        [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION,
         DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION],
        [new InputValueDefinition("reason", Scalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
            { HasDefaultValue = true, DefaultValue = DefaultDeprecationReason }],
        description: "Marks an element of a GraphQL schema as no longer supported.");

    public static readonly DirectiveDefinition SpecifiedBy = new("specifiedBy", [DirectiveLocation.SCALAR],
        [new InputValueDefinition("url", new NonNullType(Scalars.String), "The URL that specifies the behavior of this scalar.")],
        description: "Exposes a URL that specifies the behavior of this scalar.");

    public static readonly DirectiveDefinition OneOf = new("oneOf", [DirectiveLocation.INPUT_OBJECT],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    public static IReadOnlyList<DirectiveDefinition> Specified { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive) => Specified.Any(d => d.Name == directive.Name);
}
