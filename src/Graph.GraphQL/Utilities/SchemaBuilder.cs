using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Utilities;

/// <summary>The SDL or the resolver bindings do not form a valid schema; the message lists every problem.</summary>
public sealed class SchemaValidationException(IReadOnlyList<GraphQLError> errors)
    : Exception("Invalid GraphQL schema:\n" + string.Join("\n", errors.Select(e => " - " + e)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}

/// <summary>
/// Schema-first construction: SDL (spec §3 type system definitions and extensions) plus resolvers bound by
/// schema coordinate ("Type.field"), custom scalar implementations, enum value bindings and CLR type mappings.
/// <see cref="Build"/> validates the SDL and the resulting schema (spec type system rules) and fails fast with
/// one aggregated message.
/// </summary>
public sealed class SchemaBuilder
{
    private static readonly Dictionary<string, NamedType> StandardTypes =
        Scalars.Specified.Cast<NamedType>().Concat(Introspection.Types).ToDictionary(t => t.Name);

    private readonly DocumentNode _document;
    private readonly Dictionary<string, FieldResolver> _resolvers = new();
    private readonly Dictionary<string, int> _costs = new();
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new();
    private readonly Dictionary<string, ScalarType> _scalars = new();
    private readonly Dictionary<string, Func<string, object?>> _enumBindings = new();
    private readonly List<(Type ClrType, string TypeName)> _clrTypes = [];
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new();

    public SchemaBuilder(string sdl) : this(Parser.Parse(new Source(sdl, "schema"))) { }

    public SchemaBuilder(DocumentNode document) => _document = document;

    /// <summary>Binds a resolver returning a ValueTask (the native form; sync results wrap without allocating).</summary>
    public SchemaBuilder Resolver(string coordinate, FieldResolver resolver)
    {
        _resolvers[coordinate] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Resolve(string coordinate, Func<FieldContext, object?> resolver) =>
        Resolver(coordinate, c => ValueTask.FromResult(resolver(c)));

    /// <summary>Binds an asynchronous resolver.</summary>
    public SchemaBuilder ResolveAsync<T>(string coordinate, Func<FieldContext, Task<T>> resolver) =>
        Resolver(coordinate, async c => await resolver(c).ConfigureAwait(false));

    /// <summary>Sets a field's weight in the per-operation cost budget, like @cost(weight:) in SDL.</summary>
    public SchemaBuilder Cost(string coordinate, int cost)
    {
        _costs[coordinate] = cost;
        return this;
    }

    /// <summary>Resolves the concrete type of values of an interface or union.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Supplies the implementation of a custom scalar declared in the SDL.</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds a GraphQL enum to a CLR enum: values match by name, ignoring case and underscores.</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName) where TEnum : struct, Enum
    {
        var members = Enum.GetValues<TEnum>().ToDictionary(v => Normalize(v.ToString()), v => (object?)v);
        _enumBindings[enumName] = name => members.TryGetValue(Normalize(name), out var v) ? v
            : throw new InvalidOperationException($"Enum value {enumName}.{name} has no member in {typeof(TEnum).Name}.");
        return this;

        static string Normalize(string s) => s.Replace("_", "").ToUpperInvariant();
    }

    /// <summary>
    /// Declares that instances of T are values of the object type: used for abstract type resolution, and the
    /// default resolvers' property accessors for T are compiled at build time.
    /// </summary>
    public SchemaBuilder MapClrType<T>(string objectTypeName)
    {
        _clrTypes.Add((typeof(T), objectTypeName));
        return this;
    }

    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> predicate)
    {
        _isTypeOf[objectTypeName] = predicate;
        return this;
    }

    public Schema Build()
    {
        var errors = SdlValidator.Validate(_document, StandardTypes.Keys);
        if (errors.Count > 0) throw new SchemaValidationException(errors);

        Schema schema;
        try
        {
            schema = new AstSchemaFactory(_document, this).Create();
        }
        catch (InvalidOperationException e)
        {
            throw new SchemaValidationException([new GraphQLError(e.Message)]);
        }
        errors = [.. schema.CollectionErrors.Select(m => new GraphQLError(m))];
        errors.AddRange(BindResolvers(schema));
        if (errors.Count == 0) errors.AddRange(SchemaValidator.Validate(schema));
        if (errors.Count > 0) throw new SchemaValidationException(errors);
        return schema;
    }

    private List<GraphQLError> BindResolvers(Schema schema)
    {
        var errors = new List<GraphQLError>();
        foreach (var (coordinate, resolver) in _resolvers)
        {
            if (FindField(schema, coordinate, errors, "Resolver") is { } field) field.Resolver = resolver;
        }
        foreach (var (coordinate, cost) in _costs)
        {
            if (FindField(schema, coordinate, errors, "Cost") is { } field) field.Cost = cost;
        }
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case InterfaceType i: i.ResolveType = resolver; break;
                case UnionType u: u.ResolveType = resolver; break;
                default: errors.Add(new GraphQLError($"Type resolver bound to \"{typeName}\", which is not an interface or union type.")); break;
            }
        }
        foreach (var (typeName, predicate) in _isTypeOf)
        {
            if (schema.GetType(typeName) is ObjectType o) o.IsTypeOf = predicate;
            else errors.Add(new GraphQLError($"IsTypeOf bound to \"{typeName}\", which is not an object type."));
        }
        foreach (var (clrType, typeName) in _clrTypes)
        {
            if (schema.GetType(typeName) is not ObjectType objectType)
            {
                errors.Add(new GraphQLError($"CLR type {clrType.Name} mapped to \"{typeName}\", which is not an object type."));
                continue;
            }
            schema.MapClrType(clrType, objectType);
            foreach (var field in objectType.Fields.Where(f => f.Resolver is null)) field.Accessors.Prime(clrType, field.Name);
        }
        foreach (var name in _scalars.Keys.Where(n => schema.GetType(n) is not ScalarType))
            errors.Add(new GraphQLError($"Scalar implementation given for \"{name}\", which is not a scalar in the SDL."));
        foreach (var name in _enumBindings.Keys.Where(n => schema.GetType(n) is not EnumType))
            errors.Add(new GraphQLError($"Enum binding given for \"{name}\", which is not an enum in the SDL."));
        return errors;
    }

    private static FieldDefinition? FindField(Schema schema, string coordinate, List<GraphQLError> errors, string what)
    {
        var dot = coordinate.IndexOf('.');
        if (dot > 0 && schema.GetType(coordinate[..dot]) is FieldsType type && type.GetField(coordinate[(dot + 1)..]) is { } field)
            return field;
        errors.Add(new GraphQLError($"{what} bound to \"{coordinate}\", which is not a field of an object or interface type in the schema."));
        return null;
    }

    /// <summary>Builds schema types from validated SDL (graphql-js buildASTSchema/extendSchemaImpl).</summary>
    private sealed class AstSchemaFactory(DocumentNode document, SchemaBuilder builder)
    {
        private readonly Dictionary<string, NamedType> _types = new();
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new();

        public Schema Create()
        {
            var typeDefs = document.Definitions.OfType<NamedTypeDefinitionNode>().ToList();
            foreach (var ext in document.Definitions.OfType<TypeExtensionNode>())
            {
                if (!_extensions.TryGetValue(ext.Name.Value, out var list)) _extensions[ext.Name.Value] = list = [];
                list.Add(ext);
            }
            foreach (var def in typeDefs)
                _types[def.Name.Value] = StandardTypes.GetValueOrDefault(def.Name.Value) ?? BuildType(def);

            var directiveDefs = document.Definitions.OfType<DirectiveDefinitionNode>().Select(BuildDirective).ToList();
            foreach (var std in Directives.Specified)
                if (directiveDefs.All(d => d.Name != std.Name)) directiveDefs.Add(std);

            var schemaDef = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
            var operationTypes = (schemaDef?.OperationTypes ?? [])
                .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(e => e.OperationTypes))
                .ToDictionary(o => o.Operation, o => o.Type.Name.Value);
            var anyOperationTypes = schemaDef is not null || operationTypes.Count > 0;

            ObjectType? Root(OperationType op, string defaultName)
            {
                var name = operationTypes.GetValueOrDefault(op) ?? (anyOperationTypes ? null : defaultName);
                return _types.GetValueOrDefault(name ?? "") switch
                {
                    null => null,
                    ObjectType objectType => objectType,
                    _ => RootTypeError(op, name!),
                };
            }

            return new Schema(Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"),
                Root(OperationType.Subscription, "Subscription"), _types.Values, directiveDefs)
            {
                Description = schemaDef?.Description?.Value,
                AstNode = schemaDef,
            };
        }

        private ObjectType RootTypeError(OperationType op, string name)
        {
            var kind = op switch { OperationType.Query => "Query", OperationType.Mutation => "Mutation", _ => "Subscription" };
            throw new SchemaValidationException([new GraphQLError($"{kind} root type must be Object type, it cannot be {name}.")]);
        }

        private IReadOnlyList<T> Extensions<T>(string name) where T : TypeExtensionNode =>
            _extensions.TryGetValue(name, out var list) ? list.OfType<T>().ToList() : [];

        private GraphQLType TypeRef(TypeNode node) => node switch
        {
            NonNullTypeNode n => new NonNullType(TypeRef(n.Type)),
            ListTypeNode l => new ListType(TypeRef(l.Type)),
            NamedTypeNode n => _types.GetValueOrDefault(n.Name.Value) ?? StandardTypes[n.Name.Value],
            _ => throw new InvalidOperationException(),
        };

        private NamedType BuildType(NamedTypeDefinitionNode def)
        {
            var name = def.Name.Value;
            var description = def.Description?.Value;
            switch (def)
            {
                case ObjectTypeDefinitionNode o:
                {
                    var exts = Extensions<ObjectTypeExtensionNode>(name);
                    return new ObjectType(name,
                        () => BuildFields(name, o.Fields.Concat(exts.SelectMany(e => e.Fields))),
                        () => o.Interfaces.Concat(exts.SelectMany(e => e.Interfaces)).Select(i => (InterfaceType)TypeRef(i)),
                        description) { AstNode = def, ExtensionAstNodes = exts };
                }
                case InterfaceTypeDefinitionNode i:
                {
                    var exts = Extensions<InterfaceTypeExtensionNode>(name);
                    return new InterfaceType(name,
                        () => BuildFields(name, i.Fields.Concat(exts.SelectMany(e => e.Fields))),
                        () => i.Interfaces.Concat(exts.SelectMany(e => e.Interfaces)).Select(x => (InterfaceType)TypeRef(x)),
                        description) { AstNode = def, ExtensionAstNodes = exts };
                }
                case UnionTypeDefinitionNode u:
                {
                    var exts = Extensions<UnionTypeExtensionNode>(name);
                    return new UnionType(name, () => u.Types.Concat(exts.SelectMany(e => e.Types)).Select(t => (ObjectType)TypeRef(t)),
                        description) { AstNode = def, ExtensionAstNodes = exts };
                }
                case EnumTypeDefinitionNode e:
                {
                    var exts = Extensions<EnumTypeExtensionNode>(name);
                    var bind = builder._enumBindings.GetValueOrDefault(name);
                    var values = e.Values.Concat(exts.SelectMany(x => x.Values)).Select(v => new EnumValueDefinition(
                        v.Name.Value, bind is null ? v.Name.Value : bind(v.Name.Value), v.Description?.Value)
                    {
                        DeprecationReason = DeprecationReason(v.Directives),
                        AstNode = v,
                    });
                    return new EnumType(name, values, description) { AstNode = def, ExtensionAstNodes = exts };
                }
                case InputObjectTypeDefinitionNode i:
                {
                    var exts = Extensions<InputObjectTypeExtensionNode>(name);
                    var isOneOf = i.Directives.Concat(exts.SelectMany(x => x.Directives)).Any(d => d.Name.Value == "oneOf");
                    return new InputObjectType(name, () => BuildInputValues(i.Fields.Concat(exts.SelectMany(x => x.Fields))),
                        description, isOneOf) { AstNode = def, ExtensionAstNodes = exts };
                }
                case ScalarTypeDefinitionNode s:
                {
                    var exts = Extensions<ScalarTypeExtensionNode>(name);
                    var url = StringArgument(s.Directives.Concat(exts.SelectMany(x => x.Directives)), "specifiedBy", "url");
                    if (builder._scalars.TryGetValue(name, out var implementation))
                        return new ScalarType(name, description, implementation.Serialize, implementation.ParseValue,
                            implementation.ParseLiteral, url ?? implementation.SpecifiedByUrl) { AstNode = def, ExtensionAstNodes = exts };
                    return new ScalarType(name, description, specifiedByUrl: url) { AstNode = def, ExtensionAstNodes = exts };
                }
                default:
                    throw new InvalidOperationException($"Unknown type definition {def.GetType().Name}");
            }
        }

        private IEnumerable<FieldDefinition> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes) =>
            nodes.Select(f => new FieldDefinition(f.Name.Value, TypeRef(f.Type), f.Description?.Value)
            {
                Arguments = BuildInputValues(f.Arguments).ToList(),
                DeprecationReason = DeprecationReason(f.Directives),
                AstNode = f,
                Cost = CostDirectives.Weight(f.Directives),
                ListSize = CostDirectives.ListSize(f.Directives),
            }).ToList();

        private IEnumerable<InputValueDefinition> BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes) =>
            nodes.Select(v =>
            {
                var type = TypeRef(v.Type);
                var defaultValue = v.DefaultValue is null ? Values.Undefined : Values.ValueFromAst(v.DefaultValue, type);
                return new InputValueDefinition(v.Name.Value, type, v.Description?.Value)
                {
                    HasDefaultValue = defaultValue != Values.Undefined,
                    DefaultValue = defaultValue == Values.Undefined ? null : defaultValue,
                    DeprecationReason = DeprecationReason(v.Directives),
                    AstNode = v,
                };
            }).ToList();

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) => new(
            node.Name.Value,
            node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)).ToList(),
            BuildInputValues(node.Arguments).ToList(),
            node.Repeatable,
            node.Description?.Value) { AstNode = node };

        private static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null) return null;
            var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
            return reason?.Value is StringValueNode s ? s.Value : Directives.DefaultDeprecationReason;
        }

        private static string? StringArgument(IEnumerable<DirectiveNode> directives, string directive, string argument) =>
            directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments
                .FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode s ? s.Value : null;
    }
}
