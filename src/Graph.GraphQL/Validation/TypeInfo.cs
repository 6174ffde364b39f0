using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, the schema types and definitions at the current position
/// (graphql-js TypeInfo): the output type, the parent composite type, the expected input type, the field,
/// argument, directive and enum value definitions. Unknown positions are null, never an exception.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<DefaultValue?> _defaultValueStack = [];

    /// <summary>The default of an argument or input field, when it has one (absent is null, a null default is not).</summary>
    public sealed record DefaultValue(object? Value);

    public GraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;
    public GraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;
    public FieldDefinition? FieldDef => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;
    public DefaultValue? Default => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : null;
    public DirectiveDefinition? Directive { get; private set; }
    public InputValueDefinition? Argument { get; private set; }
    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
            {
                var named = Type?.NamedType;
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            }
            case FieldNode field:
            {
                var fieldDef = ParentType is { } parent ? GetFieldDef(schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is { Type.IsOutputType: true } ? fieldDef.Type : null);
                break;
            }
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
            {
                var type = inline.TypeCondition is { } condition ? TypeFromAst(schema, condition) : Type?.NamedType;
                _typeStack.Add(type is { IsOutputType: true } ? type : null);
                break;
            }
            case FragmentDefinitionNode fragment:
            {
                var type = TypeFromAst(schema, fragment.TypeCondition);
                _typeStack.Add(type is { IsOutputType: true } ? type : null);
                break;
            }
            case VariableDefinitionNode variable:
            {
                var type = TypeFromAst(schema, variable.Type);
                _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
                break;
            }
            case ArgumentNode argument:
            {
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                var argDef = arguments?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argDef;
                _defaultValueStack.Add(argDef is { HasDefaultValue: true } ? new DefaultValue(argDef.DefaultValue) : null);
                _inputTypeStack.Add(argDef is { Type.IsInputType: true } ? argDef.Type : null);
                break;
            }
            case ListValueNode:
            {
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                // List positions never have a default value.
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                var inputField = InputType?.NamedType is InputObjectType inputObject
                    ? inputObject.GetField(objectField.Name.Value)
                    : null;
                _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? new DefaultValue(inputField.DefaultValue) : null);
                _inputTypeStack.Add(inputField is { Type.IsInputType: true } ? inputField.Type : null);
                break;
            }
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    /// <summary>
    /// The definition of a field selected on a parent type, including the meta-fields: __schema and __type only on
    /// the query root, __typename on any composite type.
    /// </summary>
    public static FieldDefinition? GetFieldDef(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            return Introspection.SchemaMetaField;
        if (fieldName == Introspection.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            return Introspection.TypeMetaField;
        if (fieldName == Introspection.TypeNameMetaField.Name && parentType.IsCompositeType)
            return Introspection.TypeNameMetaField;
        return parentType is FieldsType fields ? fields.GetField(fieldName) : null;
    }

    /// <summary>The schema type a type reference names, or null when its named type is not in the schema.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
