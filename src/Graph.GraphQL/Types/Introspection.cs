using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Types;

/// <summary>The introspection meta-schema (spec §4.5): __Schema, __Type, … and the __schema/__type/__typename fields.</summary>
public static class Introspection
{
    private static FieldDefinition F(string name, GraphQLType type, Func<FieldContext, object?> resolve,
        string? description = null, IReadOnlyList<InputValueDefinition>? args = null) =>
        new(name, type, description) { Arguments = args ?? [], Resolver = c => ValueTask.FromResult(resolve(c)) };

    // Field thunks run after every static type below exists, so forward references are never null there.
    private static NonNullType NN(GraphQLType? t) => new(t!);
    private static ListType L(GraphQLType? t) => new(t!);

    private static IReadOnlyList<InputValueDefinition> IncludeDeprecatedArg =>
        [new InputValueDefinition("includeDeprecated", Scalars.Boolean) { HasDefaultValue = true, DefaultValue = false }];

    private static bool IncludeDeprecated(FieldContext c) => c.Argument<bool>("includeDeprecated");

    public static readonly EnumType TypeKindType = new("__TypeKind",
    [
        new("SCALAR", "SCALAR", "Indicates this type is a scalar."),
        new("OBJECT", "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        new("INTERFACE", "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        new("UNION", "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
        new("ENUM", "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
        new("INPUT_OBJECT", "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
        new("LIST", "LIST", "Indicates this type is a list. `ofType` is a valid field."),
        new("NON_NULL", "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
    ], "An enum describing what kind of type a given `__Type` is.");

    public static readonly EnumType DirectiveLocationType = new("__DirectiveLocation",
        Enum.GetValues<DirectiveLocation>().Select(l => new EnumValueDefinition(l.ToString(), l.ToString(), LocationDescription(l))),
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    public static readonly ObjectType TypeType = new("__Type", () =>
    [
        F("kind", NN(TypeKindType), c => Kind((GraphQLType)c.Parent!)),
        F("name", Scalars.String, c => (c.Parent as NamedType)?.Name),
        F("description", Scalars.String, c => (c.Parent as NamedType)?.Description),
        F("specifiedByURL", Scalars.String, c => (c.Parent as ScalarType)?.SpecifiedByUrl),
        F("fields", L(NN(FieldType)), c => c.Parent is FieldsType t
            ? t.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList() : null, args: IncludeDeprecatedArg),
        F("interfaces", L(NN(TypeType)), c => c.Parent is FieldsType t ? t.Interfaces : null),
        F("possibleTypes", L(NN(TypeType)), c => c.Parent is InterfaceType or UnionType
            ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null),
        F("enumValues", L(NN(EnumValueType)), c => c.Parent is EnumType e
            ? e.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null).ToList() : null, args: IncludeDeprecatedArg),
        F("inputFields", L(NN(InputValueType)), c => c.Parent is InputObjectType i
            ? i.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList() : null, args: IncludeDeprecatedArg),
        F("ofType", TypeType!, c => c.Parent switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }),
        F("isOneOf", Scalars.Boolean, c => c.Parent is InputObjectType i ? i.IsOneOf : null),
    ], null,
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    public static readonly ObjectType FieldType = new("__Field", () =>
    [
        F("name", NN(Scalars.String), c => ((FieldDefinition)c.Parent!).Name),
        F("description", Scalars.String, c => ((FieldDefinition)c.Parent!).Description),
        F("args", NN(L(NN(InputValueType))), c => ((FieldDefinition)c.Parent!).Arguments
            .Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList(), args: IncludeDeprecatedArg),
        F("type", NN(TypeType), c => ((FieldDefinition)c.Parent!).Type),
        F("isDeprecated", NN(Scalars.Boolean), c => ((FieldDefinition)c.Parent!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((FieldDefinition)c.Parent!).DeprecationReason),
    ], null, "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    public static readonly ObjectType InputValueType = new("__InputValue", () =>
    [
        F("name", NN(Scalars.String), c => ((InputValueDefinition)c.Parent!).Name),
        F("description", Scalars.String, c => ((InputValueDefinition)c.Parent!).Description),
        F("type", NN(TypeType), c => ((InputValueDefinition)c.Parent!).Type),
        F("defaultValue", Scalars.String, c => DefaultValue((InputValueDefinition)c.Parent!),
            "A GraphQL-formatted string representing the default value for this input value."),
        F("isDeprecated", NN(Scalars.Boolean), c => ((InputValueDefinition)c.Parent!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((InputValueDefinition)c.Parent!).DeprecationReason),
    ], null, "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    public static readonly ObjectType EnumValueType = new("__EnumValue", () =>
    [
        F("name", NN(Scalars.String), c => ((EnumValueDefinition)c.Parent!).Name),
        F("description", Scalars.String, c => ((EnumValueDefinition)c.Parent!).Description),
        F("isDeprecated", NN(Scalars.Boolean), c => ((EnumValueDefinition)c.Parent!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((EnumValueDefinition)c.Parent!).DeprecationReason),
    ], null, "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    public static readonly ObjectType DirectiveType = new("__Directive", () =>
    [
        F("name", NN(Scalars.String), c => ((DirectiveDefinition)c.Parent!).Name),
        F("description", Scalars.String, c => ((DirectiveDefinition)c.Parent!).Description),
        F("isRepeatable", NN(Scalars.Boolean), c => ((DirectiveDefinition)c.Parent!).IsRepeatable),
        F("locations", NN(L(NN(DirectiveLocationType))), c => ((DirectiveDefinition)c.Parent!).Locations.Select(l => l.ToString()).ToList()),
        F("args", NN(L(NN(InputValueType))), c => ((DirectiveDefinition)c.Parent!).Arguments
            .Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList(), args: IncludeDeprecatedArg),
        F("isDeprecated", NN(Scalars.Boolean), c => ((DirectiveDefinition)c.Parent!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((DirectiveDefinition)c.Parent!).DeprecationReason),
    ], null, "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    public static readonly ObjectType SchemaType = new("__Schema", () =>
    [
        F("description", Scalars.String, c => ((Schema)c.Parent!).Description),
        F("types", NN(L(NN(TypeType))), c => ((Schema)c.Parent!).TypeMap.Values.ToList(),
            "A list of all types supported by this server."),
        F("queryType", NN(TypeType), c => ((Schema)c.Parent!).QueryType, "The type that query operations will be rooted at."),
        F("mutationType", TypeType, c => ((Schema)c.Parent!).MutationType,
            "If this server supports mutation, the type that mutation operations will be rooted at."),
        F("subscriptionType", TypeType, c => ((Schema)c.Parent!).SubscriptionType,
            "If this server support subscription, the type that subscription operations will be rooted at."),
        F("directives", NN(L(NN(DirectiveType))), c => ((Schema)c.Parent!).Directives
                .Where(d => IncludeDeprecated(c) || d.DeprecationReason is null).ToList(),
            "A list of all directives supported by this server.",
            [new InputValueDefinition("includeDeprecated", NN(Scalars.Boolean)) { HasDefaultValue = true, DefaultValue = false }]),
    ], null, "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    public static readonly FieldDefinition SchemaMetaField =
        F("__schema", NN(SchemaType), c => c.Schema, "Access the current type schema of this server.");

    public static readonly FieldDefinition TypeMetaField =
        F("__type", TypeType, c => c.Schema.GetType(c.Argument<string>("name")!), "Request the type information of a single type.",
            [new InputValueDefinition("name", NN(Scalars.String))]);

    public static readonly FieldDefinition TypeNameMetaField =
        F("__typename", NN(Scalars.String), c => c.ParentType.Name, "The name of the current Object type at runtime.");

    public static IReadOnlyList<NamedType> Types { get; } =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    public static bool IsIntrospectionType(NamedType type) => Types.Any(t => ReferenceEquals(t, type));

    private static string Kind(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };

    private static string? DefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue) return null;
        var ast = Values.AstFromValue(value.DefaultValue, value.Type);
        return ast is null ? null : Printer.Print(ast);
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.QUERY => "Location adjacent to a query operation.",
        DirectiveLocation.MUTATION => "Location adjacent to a mutation operation.",
        DirectiveLocation.SUBSCRIPTION => "Location adjacent to a subscription operation.",
        DirectiveLocation.FIELD => "Location adjacent to a field.",
        DirectiveLocation.FRAGMENT_DEFINITION => "Location adjacent to a fragment definition.",
        DirectiveLocation.FRAGMENT_SPREAD => "Location adjacent to a fragment spread.",
        DirectiveLocation.INLINE_FRAGMENT => "Location adjacent to an inline fragment.",
        DirectiveLocation.VARIABLE_DEFINITION => "Location adjacent to a variable definition.",
        DirectiveLocation.SCHEMA => "Location adjacent to a schema definition.",
        DirectiveLocation.SCALAR => "Location adjacent to a scalar definition.",
        DirectiveLocation.OBJECT => "Location adjacent to an object type definition.",
        DirectiveLocation.FIELD_DEFINITION => "Location adjacent to a field definition.",
        DirectiveLocation.ARGUMENT_DEFINITION => "Location adjacent to an argument definition.",
        DirectiveLocation.INTERFACE => "Location adjacent to an interface definition.",
        DirectiveLocation.UNION => "Location adjacent to a union definition.",
        DirectiveLocation.ENUM => "Location adjacent to an enum definition.",
        DirectiveLocation.ENUM_VALUE => "Location adjacent to an enum value definition.",
        DirectiveLocation.INPUT_OBJECT => "Location adjacent to an input object type definition.",
        DirectiveLocation.INPUT_FIELD_DEFINITION => "Location adjacent to an input object field definition.",
        _ => "Location adjacent to a directive definition.",
    };
}
