namespace CareerGraph.GraphQL.Language;

/// <summary>What a visitor wants the walk to do after entering a node.</summary>
public enum VisitAction { Continue, Skip, Break }

/// <summary>Callbacks for a depth-first AST walk (graphql-js visit() with enter/leave).</summary>
public interface IAstVisitor
{
    VisitAction Enter(Node node, Node? parent);
    void Leave(Node node, Node? parent);
}

/// <summary>Walks an AST depth-first in source order, calling the visitor on enter and leave.</summary>
public static class AstWalker
{
    /// <summary>Returns false when the visitor asked to stop (Break).</summary>
    public static bool Walk(Node node, IAstVisitor visitor, Node? parent = null)
    {
        switch (visitor.Enter(node, parent))
        {
            case VisitAction.Break: return false;
            case VisitAction.Skip: return true;
        }
        foreach (var child in Children(node))
            if (!Walk(child, visitor, node)) return false;
        visitor.Leave(node, parent);
        return true;
    }

    /// <summary>The direct child nodes of a node, in source order.</summary>
    public static IEnumerable<Node> Children(Node node)
    {
        switch (node)
        {
            case DocumentNode d: return d.Definitions;
            case OperationDefinitionNode o:
                return Concat(o.Description, Opt(o.Name), o.VariableDefinitions, o.Directives, [o.SelectionSet]);
            case VariableDefinitionNode v:
                return Concat(v.Description, [v.Variable], [v.Type], Opt(v.DefaultValue), v.Directives);
            case VariableNode v: return [v.Name];
            case SelectionSetNode s: return s.Selections;
            case FieldNode f:
                return Concat(f.Alias, [f.Name], f.Arguments, f.Directives, Opt(f.SelectionSet));
            case ArgumentNode a: return [a.Name, a.Value];
            case FragmentSpreadNode s: return Concat(s.Name, s.Directives);
            case InlineFragmentNode i: return Concat(i.TypeCondition, i.Directives, [i.SelectionSet]);
            case FragmentDefinitionNode f:
                return Concat(f.Description, [f.Name], f.VariableDefinitions, [f.TypeCondition], f.Directives, [f.SelectionSet]);
            case ListValueNode l: return l.Values;
            case ObjectValueNode o: return o.Fields;
            case ObjectFieldNode f: return [f.Name, f.Value];
            case DirectiveNode d: return Concat(d.Name, d.Arguments);
            case NamedTypeNode n: return [n.Name];
            case ListTypeNode l: return [l.Type];
            case NonNullTypeNode n: return [n.Type];
            case SchemaDefinitionNode s: return Concat(s.Description, s.Directives, s.OperationTypes);
            case OperationTypeDefinitionNode o: return [o.Type];
            case ScalarTypeDefinitionNode s: return Concat(s.Description, [s.Name], s.Directives);
            case ObjectTypeDefinitionNode o: return Concat(o.Description, [o.Name], o.Interfaces, o.Directives, o.Fields);
            case FieldDefinitionNode f: return Concat(f.Description, [f.Name], f.Arguments, [f.Type], f.Directives);
            case InputValueDefinitionNode i:
                return Concat(i.Description, [i.Name], [i.Type], Opt(i.DefaultValue), i.Directives);
            case InterfaceTypeDefinitionNode i: return Concat(i.Description, [i.Name], i.Interfaces, i.Directives, i.Fields);
            case UnionTypeDefinitionNode u: return Concat(u.Description, [u.Name], u.Directives, u.Types);
            case EnumTypeDefinitionNode e: return Concat(e.Description, [e.Name], e.Directives, e.Values);
            case EnumValueDefinitionNode e: return Concat(e.Description, [e.Name], e.Directives);
            case InputObjectTypeDefinitionNode i: return Concat(i.Description, [i.Name], i.Directives, i.Fields);
            case DirectiveDefinitionNode d: return Concat(d.Description, [d.Name], d.Arguments, d.Locations);
            case SchemaExtensionNode s: return Concat(null, s.Directives, s.OperationTypes);
            case ScalarTypeExtensionNode s: return Concat(s.Name, s.Directives);
            case ObjectTypeExtensionNode o: return Concat(o.Name, o.Interfaces, o.Directives, o.Fields);
            case InterfaceTypeExtensionNode i: return Concat(i.Name, i.Interfaces, i.Directives, i.Fields);
            case UnionTypeExtensionNode u: return Concat(u.Name, u.Directives, u.Types);
            case EnumTypeExtensionNode e: return Concat(e.Name, e.Directives, e.Values);
            case InputObjectTypeExtensionNode i: return Concat(i.Name, i.Directives, i.Fields);
            default: return [];
        }
    }

    private static IEnumerable<Node> Opt(Node? node) => node is null ? [] : [node];

    private static IEnumerable<Node> Concat(Node? first, params IEnumerable<IEnumerable<Node>> rest)
    {
        if (first is not null) yield return first;
        foreach (var group in rest)
            foreach (var node in group)
                yield return node;
    }
}
