namespace CareerGraph.GraphQL.Language;

/// <summary>Where a node sits in its source: character offsets plus the 1-based line/column of its start.</summary>
public sealed record Location(int Start, int End, int Line, int Column);

public enum OperationType { Query, Mutation, Subscription }

/// <summary>Base of the immutable AST. Every node knows its location (null when built by code, not parsed).</summary>
public abstract record Node
{
    private Location? _location;

    public Location? Location
    {
        get => _location;
        init => _location = value;
    }

    // The parser stamps the location on a node it has just created, before anyone else can see it;
    // this avoids copying every node with `with { Location = … }`.
    internal T Located<T>(Location location) where T : Node
    {
        _location = location;
        return (T)this;
    }
}

public sealed record NameNode(string Value) : Node
{
    public override string ToString() => Value;
}

public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : Node;

public abstract record DefinitionNode : Node;

public abstract record ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Descriptions on operations and fragments: a spec draft feature graphql-js 16.15 parses and prints.</summary>
    public StringValueNode? Description { get; init; }

    public abstract IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
    public abstract SelectionSetNode SelectionSet { get; }
}

public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitionsList,
    IReadOnlyList<DirectiveNode> DirectivesList,
    SelectionSetNode SelectionSetNode) : ExecutableDefinitionNode
{
    public override IReadOnlyList<VariableDefinitionNode> VariableDefinitions => VariableDefinitionsList;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
    public override SelectionSetNode SelectionSet => SelectionSetNode;
}

public sealed record FragmentDefinitionNode(
    NameNode Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitionsList,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> DirectivesList,
    SelectionSetNode SelectionSetNode) : ExecutableDefinitionNode
{
    public override IReadOnlyList<VariableDefinitionNode> VariableDefinitions => VariableDefinitionsList;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
    public override SelectionSetNode SelectionSet => SelectionSetNode;
}

public sealed record VariableDefinitionNode(
    VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : Node
{
    /// <summary>Variable descriptions: a spec draft feature graphql-js 16.15 parses and prints.</summary>
    public StringValueNode? Description { get; init; }
}

public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : Node;

public abstract record SelectionNode : Node
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> DirectivesList,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
    /// <summary>The key this field's value gets in the response (alias if present).</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> DirectivesList) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> DirectivesList, SelectionSetNode SelectionSet) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record ArgumentNode(NameNode Name, ValueNode Value) : Node;

public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : Node;

// Values

public abstract record ValueNode : Node;

public sealed record VariableNode(NameNode Name) : ValueNode;
public sealed record IntValueNode(string Value) : ValueNode;
public sealed record FloatValueNode(string Value) : ValueNode;
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode;
public sealed record BooleanValueNode(bool Value) : ValueNode;
public sealed record NullValueNode : ValueNode;
public sealed record EnumValueNode(string Value) : ValueNode;
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node;

// Type references

public abstract record TypeNode : Node;
public sealed record NamedTypeNode(NameNode Name) : TypeNode;
public sealed record ListTypeNode(TypeNode Type) : TypeNode;
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode;

// Type system definitions

public abstract record TypeSystemDefinitionNode : DefinitionNode;

public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;

public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : Node;

public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode;

/// <summary>Common shape of type definitions and type extensions.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract NameNode Name { get; }
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public abstract record NamedTypeDefinitionNode : TypeDefinitionNode
{
    public abstract StringValueNode? Description { get; }
}

public sealed record ScalarTypeDefinitionNode(
    StringValueNode? DescriptionNode, NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList) : NamedTypeDefinitionNode
{
    public override StringValueNode? Description => DescriptionNode;
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record ObjectTypeDefinitionNode(
    StringValueNode? DescriptionNode, NameNode NameNode, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> DirectivesList, IReadOnlyList<FieldDefinitionNode> Fields) : NamedTypeDefinitionNode
{
    public override StringValueNode? Description => DescriptionNode;
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? DescriptionNode, NameNode NameNode, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> DirectivesList, IReadOnlyList<FieldDefinitionNode> Fields) : NamedTypeDefinitionNode
{
    public override StringValueNode? Description => DescriptionNode;
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record UnionTypeDefinitionNode(
    StringValueNode? DescriptionNode, NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList,
    IReadOnlyList<NamedTypeNode> Types) : NamedTypeDefinitionNode
{
    public override StringValueNode? Description => DescriptionNode;
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record EnumTypeDefinitionNode(
    StringValueNode? DescriptionNode, NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList,
    IReadOnlyList<EnumValueDefinitionNode> Values) : NamedTypeDefinitionNode
{
    public override StringValueNode? Description => DescriptionNode;
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? DescriptionNode, NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList,
    IReadOnlyList<InputValueDefinitionNode> Fields) : NamedTypeDefinitionNode
{
    public override StringValueNode? Description => DescriptionNode;
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record FieldDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives) : Node;

public sealed record InputValueDefinitionNode(
    StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : Node;

public sealed record EnumValueDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : Node;

// Type system extensions

public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;

public abstract record TypeExtensionNode : TypeDefinitionNode;

public sealed record ScalarTypeExtensionNode(NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList) : TypeExtensionNode
{
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record ObjectTypeExtensionNode(
    NameNode NameNode, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> DirectivesList,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record InterfaceTypeExtensionNode(
    NameNode NameNode, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> DirectivesList,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record UnionTypeExtensionNode(
    NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record EnumTypeExtensionNode(
    NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}

public sealed record InputObjectTypeExtensionNode(
    NameNode NameNode, IReadOnlyList<DirectiveNode> DirectivesList, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    public override NameNode Name => NameNode;
    public override IReadOnlyList<DirectiveNode> Directives => DirectivesList;
}
