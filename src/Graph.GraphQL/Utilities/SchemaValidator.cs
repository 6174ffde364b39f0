using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Utilities;

/// <summary>
/// The type system rules of spec §3 (graphql-js validateSchema): root types, names, fields and arguments of the
/// right kinds, interfaces implemented correctly (covariant field types, matching arguments, transitive
/// interfaces), union members, enum values, input objects (no non-null cycles, @oneOf rules), directives.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        var context = new Context(schema, errors);
        context.ValidateRootTypes();
        context.ValidateDirectives();
        context.ValidateTypes();
        return errors;
    }

    /// <summary>maybeSubType may be used where superType is expected (spec IsValidImplementationFieldType).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (GraphQLType.IsEqualType(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType.IsAbstractType && maybeSubType is InterfaceType or ObjectType &&
               schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    private sealed class Context(Schema schema, List<GraphQLError> errors)
    {
        private void Error(string message, params IEnumerable<Node?> nodes) => errors.Add(GraphQLError.At(message, nodes));

        public void ValidateRootTypes()
        {
            if (schema.QueryType is null) Error("Query root type must be provided.", schema.AstNode);
            var roots = new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) }
                .Where(r => r.Item2 is not null).GroupBy(r => r.Item2!.Name);
            foreach (var group in roots.Where(g => g.Count() > 1))
            {
                var operations = group.Select(g => g.Item1).ToList();
                Error($"All root types must be different, \"{group.Key}\" type is used as {string.Join(" and ", operations)} root types.",
                    schema.AstNode);
            }
        }

        private void ValidateName(string name, Node? node)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
                Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }

        public void ValidateDirectives()
        {
            foreach (var directive in schema.Directives)
            {
                ValidateName(directive.Name, directive.AstNode);
                if (directive.Locations.Count == 0)
                    Error($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
                foreach (var arg in directive.Arguments)
                {
                    ValidateName(arg.Name, arg.AstNode);
                    if (!arg.Type.IsInputType)
                        Error($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode);
                    if (arg.Type is NonNullType && !arg.HasDefaultValue && arg.DeprecationReason is not null)
                        Error($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.", arg.AstNode);
                }
            }
        }

        public void ValidateTypes()
        {
            var cycleCheck = new InputCycleCheck(this);
            foreach (var type in schema.TypeMap.Values)
            {
                if (!Introspection.IsIntrospectionType(type)) ValidateName(type.Name, type.AstNode);
                switch (type)
                {
                    case ObjectType o:
                        ValidateFields(o);
                        ValidateInterfaces(o);
                        break;
                    case InterfaceType i:
                        ValidateFields(i);
                        ValidateInterfaces(i);
                        break;
                    case UnionType u:
                        ValidateUnion(u);
                        break;
                    case EnumType e:
                        ValidateEnum(e);
                        break;
                    case InputObjectType io:
                        ValidateInputFields(io);
                        cycleCheck.Check(io);
                        break;
                }
            }
        }

        private void ValidateFields(FieldsType type)
        {
            if (type.Fields.Count == 0) Error($"Type {type.Name} must define one or more fields.", type.AstNode);
            foreach (var field in type.Fields)
            {
                ValidateName(field.Name, field.AstNode);
                if (!field.Type.IsOutputType)
                    Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
                foreach (var arg in field.Arguments)
                {
                    ValidateName(arg.Name, arg.AstNode);
                    if (!arg.Type.IsInputType)
                        Error($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode?.Type);
                    if (arg.Type is NonNullType && !arg.HasDefaultValue && arg.DeprecationReason is not null)
                        Error($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.", arg.AstNode);
                }
            }
        }

        private void ValidateInterfaces(FieldsType type)
        {
            var seen = new HashSet<string>();
            foreach (var iface in type.Interfaces)
            {
                if (ReferenceEquals(iface, type))
                {
                    Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.AstNode);
                    continue;
                }
                if (!seen.Add(iface.Name))
                {
                    Error($"Type {type.Name} can only implement {iface.Name} once.", type.AstNode);
                    continue;
                }
                ValidateImplementsAncestors(type, iface);
                ValidateImplementsInterface(type, iface);
            }
        }

        private void ValidateImplementsInterface(FieldsType type, InterfaceType iface)
        {
            foreach (var ifaceField in iface.Fields)
            {
                var fieldName = ifaceField.Name;
                var typeField = type.GetField(fieldName);
                if (typeField is null)
                {
                    Error($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                        ifaceField.AstNode, type.AstNode);
                    continue;
                }
                if (!IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                    Error($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                        ifaceField.AstNode?.Type, typeField.AstNode?.Type);
                foreach (var ifaceArg in ifaceField.Arguments)
                {
                    var typeArg = typeField.GetArgument(ifaceArg.Name);
                    if (typeArg is null)
                    {
                        Error($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                            ifaceArg.AstNode, typeField.AstNode);
                        continue;
                    }
                    if (!GraphQLType.IsEqualType(ifaceArg.Type, typeArg.Type))
                        Error($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.",
                            ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
                }
                foreach (var typeArg in typeField.Arguments)
                {
                    if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.Type is NonNullType && !typeArg.HasDefaultValue)
                        Error($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                            typeArg.AstNode, ifaceField.AstNode);
                }
            }
        }

        private void ValidateImplementsAncestors(FieldsType type, InterfaceType iface)
        {
            foreach (var transitive in iface.Interfaces)
            {
                if (type.Interfaces.Any(i => ReferenceEquals(i, transitive))) continue;
                Error(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    iface.AstNode, type.AstNode);
            }
        }

        private void ValidateUnion(UnionType union)
        {
            if (union.Types.Count == 0) Error($"Union type {union.Name} must define one or more member types.", union.AstNode);
            var seen = new HashSet<string>();
            foreach (var member in union.Types)
                if (!seen.Add(member.Name)) Error($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode);
        }

        private void ValidateEnum(EnumType type)
        {
            if (type.Values.Count == 0) Error($"Enum type {type.Name} must define one or more values.", type.AstNode);
            foreach (var value in type.Values)
            {
                ValidateName(value.Name, value.AstNode);
                if (value.Name is "true" or "false" or "null")
                    Error($"Enum type {type.Name} cannot include value: {value.Name}.", value.AstNode);
            }
        }

        private void ValidateInputFields(InputObjectType type)
        {
            if (type.Fields.Count == 0) Error($"Input Object type {type.Name} must define one or more fields.", type.AstNode);
            foreach (var field in type.Fields)
            {
                ValidateName(field.Name, field.AstNode);
                if (!field.Type.IsInputType)
                    Error($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
                if (field.Type is NonNullType && !field.HasDefaultValue && field.DeprecationReason is not null)
                    Error($"Required input field {type.Name}.{field.Name} cannot be deprecated.", field.AstNode);
                if (type.IsOneOf)
                {
                    if (field.Type is NonNullType) Error($"OneOf input field {type.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                    if (field.HasDefaultValue) Error($"OneOf input field {type.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }

        /// <summary>Spec §3.10: an input object may not reference itself through a chain of non-null singular fields.</summary>
        private sealed class InputCycleCheck(Context context)
        {
            private readonly HashSet<string> _visited = [];
            private readonly List<InputValueDefinition> _path = [];
            private readonly Dictionary<string, int> _pathIndexByType = new();

            public void Check(InputObjectType type)
            {
                if (!_visited.Add(type.Name)) return;
                _pathIndexByType[type.Name] = _path.Count;
                foreach (var field in type.Fields)
                {
                    if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                    _path.Add(field);
                    if (_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        var cycle = _path.Skip(cycleIndex).ToList();
                        context.Error(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                            cycle.Select(f => (Node?)f.AstNode));
                    }
                    else Check(fieldType);
                    _path.RemoveAt(_path.Count - 1);
                }
                _pathIndexByType.Remove(type.Name);
            }
        }
    }
}
