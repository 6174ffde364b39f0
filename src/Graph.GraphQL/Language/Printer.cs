using System.Globalization;
using System.Text;

namespace CareerGraph.GraphQL.Language;

/// <summary>Prints any AST node back to canonical GraphQL text (the layout graphql-js print() produces).</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(Node node) => node switch
    {
        NameNode n => n.Value,
        DocumentNode d => string.Join("\n\n", d.Definitions.Select(Print)),
        OperationDefinitionNode o => PrintOperation(o),
        VariableDefinitionNode v => Description(v.Description) + Print(v.Variable) + ": " + Print(v.Type) + Wrap(" = ", v.DefaultValue) +
                                    Wrap(" ", Join(v.Directives, " ")),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
        FragmentSpreadNode s => "..." + s.Name.Value + Wrap(" ", Join(s.Directives, " ")),
        InlineFragmentNode i => Join(" ", "...", Wrap("on ", i.TypeCondition), Join(i.Directives, " "), Print(i.SelectionSet)),
        FragmentDefinitionNode f => Description(f.Description) + $"fragment {f.Name.Value}{Wrap("(", Join(f.VariableDefinitions, ", "), ")")} " +
                                    $"on {Print(f.TypeCondition)} {Wrap("", Join(f.Directives, " "), " ")}" + Print(f.SelectionSet),
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + Join(l.Values, ", ") + "]",
        ObjectValueNode o => "{" + Join(o.Fields, ", ") + "}",
        ObjectFieldNode f => f.Name.Value + ": " + Print(f.Value),
        DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments, ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode l => "[" + Print(l.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        SchemaDefinitionNode s => Description(s.Description) +
                                  Join(" ", "schema", Join(s.Directives, " "), Block(s.OperationTypes.Select(Print))),
        OperationTypeDefinitionNode o => OperationName(o.Operation) + ": " + Print(o.Type),
        ScalarTypeDefinitionNode s => Description(s.Description) + Join(" ", "scalar", s.Name.Value, Join(s.Directives, " ")),
        ObjectTypeDefinitionNode o => Description(o.Description) + Join(" ", "type", o.Name.Value,
            Wrap("implements ", Join(o.Interfaces, " & ")), Join(o.Directives, " "), Block(o.Fields.Select(Print))),
        FieldDefinitionNode f => Description(f.Description) + f.Name.Value + PrintArgumentDefinitions(f.Arguments) + ": " +
                                 Print(f.Type) + Wrap(" ", Join(f.Directives, " ")),
        InputValueDefinitionNode i => Description(i.Description) + Join(" ", i.Name.Value + ": " + Print(i.Type),
            Wrap("= ", i.DefaultValue), Join(i.Directives, " ")),
        InterfaceTypeDefinitionNode i => Description(i.Description) + Join(" ", "interface", i.Name.Value,
            Wrap("implements ", Join(i.Interfaces, " & ")), Join(i.Directives, " "), Block(i.Fields.Select(Print))),
        UnionTypeDefinitionNode u => Description(u.Description) + Join(" ", "union", u.Name.Value, Join(u.Directives, " "),
            Wrap("= ", Join(u.Types, " | "))),
        EnumTypeDefinitionNode e => Description(e.Description) + Join(" ", "enum", e.Name.Value, Join(e.Directives, " "),
            Block(e.Values.Select(Print))),
        EnumValueDefinitionNode e => Description(e.Description) + Join(" ", e.Name.Value, Join(e.Directives, " ")),
        InputObjectTypeDefinitionNode i => Description(i.Description) + Join(" ", "input", i.Name.Value,
            Join(i.Directives, " "), Block(i.Fields.Select(Print))),
        DirectiveDefinitionNode d => Description(d.Description) + "directive @" + d.Name.Value +
                                     PrintArgumentDefinitions(d.Arguments) + (d.Repeatable ? " repeatable" : "") + " on " +
                                     string.Join(" | ", d.Locations.Select(l => l.Value)),
        SchemaExtensionNode s => Join(" ", "extend schema", Join(s.Directives, " "), Block(s.OperationTypes.Select(Print))),
        ScalarTypeExtensionNode s => Join(" ", "extend scalar", s.Name.Value, Join(s.Directives, " ")),
        ObjectTypeExtensionNode o => Join(" ", "extend type", o.Name.Value, Wrap("implements ", Join(o.Interfaces, " & ")),
            Join(o.Directives, " "), Block(o.Fields.Select(Print))),
        InterfaceTypeExtensionNode i => Join(" ", "extend interface", i.Name.Value,
            Wrap("implements ", Join(i.Interfaces, " & ")), Join(i.Directives, " "), Block(i.Fields.Select(Print))),
        UnionTypeExtensionNode u => Join(" ", "extend union", u.Name.Value, Join(u.Directives, " "), Wrap("= ", Join(u.Types, " | "))),
        EnumTypeExtensionNode e => Join(" ", "extend enum", e.Name.Value, Join(e.Directives, " "), Block(e.Values.Select(Print))),
        InputObjectTypeExtensionNode i => Join(" ", "extend input", i.Name.Value, Join(i.Directives, " "), Block(i.Fields.Select(Print))),
        _ => throw new ArgumentException($"Unknown AST node {node.GetType().Name}", nameof(node)),
    };

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode o)
    {
        var printedVars = o.VariableDefinitions.Select(Print).ToList();
        var varDefs = printedVars.Any(v => v.Contains('\n'))
            ? Wrap("(\n", string.Join("\n", printedVars), "\n)")
            : Wrap("(", string.Join(", ", printedVars), ")");
        var directives = Join(o.Directives, " ");
        var selectionSet = Print(o.SelectionSet);
        // Anonymous queries without description, variables or directives print in shorthand form.
        return o.Name is null && o.Description is null && directives.Length == 0 && varDefs.Length == 0 && o.Operation == OperationType.Query
            ? selectionSet
            : Description(o.Description) + Join(" ", OperationName(o.Operation), Join("", o.Name?.Value, varDefs), directives, selectionSet);
    }

    private static string PrintField(FieldNode f)
    {
        var prefix = Wrap("", f.Alias?.Value, ": ") + f.Name.Value;
        var argsLine = prefix + Wrap("(", Join(f.Arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
            argsLine = prefix + Wrap("(\n", Indent(Join(f.Arguments, "\n")), "\n)");
        return Join(" ", argsLine, Join(f.Directives, " "), f.SelectionSet is null ? null : Print(f.SelectionSet));
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> args)
    {
        var printed = args.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(string.Join("\n", printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
    }

    private static string Description(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    /// <summary>Prints a string as a double-quoted GraphQL string literal, escaping as JSON does.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or (>= '\x7F' and <= '\x9F'):
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string Join(IEnumerable<Node> nodes, string separator) => Join(separator, nodes.Select(Print).ToArray());

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Wrap(string start, Node? node, string end = "") => node is null ? "" : start + Print(node) + end;

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : "{\n" + Indent(string.Join("\n", list)) + "\n}";
    }

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  "));
}
