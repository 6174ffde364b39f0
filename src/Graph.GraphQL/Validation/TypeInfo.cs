using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during an AST walk, the types in scope at the current node (graphql-js TypeInfo): the output type,
/// the parent composite type, the field definition, the expected input type and default, the directive,
/// argument and enum value. Call <see cref="Enter"/> before and <see cref="Leave"/> after visiting a node.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<(bool Has, object? Value)> _defaultValueStack = [];

    public Schema Schema { get; } = schema;
    public GraphQLType? Type => Peek(_typeStack);
    /// <summary>The object, interface or union type whose selection set we are in.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);
    public GraphQLType? InputType => Peek(_inputTypeStack);
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;
    public FieldDefinition? FieldDef => Peek(_fieldDefStack);
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1].Has;
    public object? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1].Value : null;
    public DirectiveDefinition? Directive { get; private set; }
    public InputValueDefinition? Argument { get; private set; }
    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Field definition for a field node in a parent type, including the introspection meta-fields.</summary>
    public static FieldDefinition? GetFieldDef(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == "__schema" && ReferenceEquals(schema.QueryType, parentType)) return Introspection.SchemaMetaField;
        if (fieldName == "__type" && ReferenceEquals(schema.QueryType, parentType)) return Introspection.TypeMetaField;
        if (fieldName == "__typename" && parentType.IsCompositeType) return Introspection.TypeNameMetaField;
        return parentType is FieldsType fields ? fields.GetField(fieldName) : null;
    }

    /// <summary>Resolves a type reference against the schema (null if a named type is unknown).</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode n => schema.GetType(n.Name.Value),
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

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
                var fieldDef = ParentType is { } parent ? GetFieldDef(Schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } t ? t : null);
                break;
            }
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
            {
                var type = inline.TypeCondition is { } condition ? TypeFromAst(Schema, condition) : Type?.NamedType;
                _typeStack.Add(type is { IsOutputType: true } ? type : null);
                break;
            }
            case FragmentDefinitionNode fragment:
            {
                var type = TypeFromAst(Schema, fragment.TypeCondition);
                _typeStack.Add(type is { IsOutputType: true } ? type : null);
                break;
            }
            case VariableDefinitionNode variable:
            {
                var type = TypeFromAst(Schema, variable.Type);
                _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
                break;
            }
            case ArgumentNode argument:
            {
                var args = Directive?.Arguments ?? FieldDef?.Arguments;
                var argDef = args?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argDef;
                _defaultValueStack.Add((argDef?.HasDefaultValue ?? false, argDef?.DefaultValue));
                _inputTypeStack.Add(argDef?.Type is { IsInputType: true } t ? t : null);
                break;
            }
            case ListValueNode:
            {
                var listType = InputType?.Nullable;
                var itemType = listType is ListType l ? l.OfType : listType;
                _defaultValueStack.Add((false, null));
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                var inputField = InputType?.NamedType is InputObjectType objectType ? objectType.GetField(objectField.Name.Value) : null;
                _defaultValueStack.Add((inputField?.HasDefaultValue ?? false, inputField?.DefaultValue));
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } t ? t : null);
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
            case SelectionSetNode: Pop(_parentTypeStack); break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode: Directive = null; break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode: Pop(_typeStack); break;
            case VariableDefinitionNode: Pop(_inputTypeStack); break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode: EnumValue = null; break;
        }
    }

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
