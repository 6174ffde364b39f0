using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Utilities;

/// <summary>
/// Checks an SDL document before types are built (graphql-js specifiedSDLRules): unique and known names,
/// known directives used in valid locations, extensions of existing types of the same kind.
/// </summary>
public static class SdlValidator
{
    public static List<GraphQLError> Validate(DocumentNode document, IEnumerable<string> standardTypeNames)
    {
        var errors = new List<GraphQLError>();
        void Error(string message, params Node?[] nodes) => errors.Add(GraphQLError.At(message, nodes));

        foreach (var def in document.Definitions.Where(d => d is ExecutableDefinitionNode))
            Error("Executable definitions are not allowed in a schema document.", def);

        var schemaDefs = document.Definitions.OfType<SchemaDefinitionNode>().ToList();
        foreach (var extra in schemaDefs.Skip(1)) Error("Must provide only one schema definition.", extra);

        var operationTypes = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        foreach (var op in schemaDefs.SelectMany(s => s.OperationTypes)
                     .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(s => s.OperationTypes)))
        {
            if (!operationTypes.TryAdd(op.Operation, op))
                Error($"There can be only one {Printer.OperationName(op.Operation)} type in schema.", operationTypes[op.Operation], op);
        }

        var typeDefs = new Dictionary<string, NamedTypeDefinitionNode>();
        foreach (var def in document.Definitions.OfType<NamedTypeDefinitionNode>())
        {
            if (!typeDefs.TryAdd(def.Name.Value, def))
                Error($"There can be only one type named \"{def.Name.Value}\".", typeDefs[def.Name.Value].Name, def.Name);
        }

        var directiveDefs = new Dictionary<string, DirectiveDefinitionNode>();
        foreach (var def in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            if (!directiveDefs.TryAdd(def.Name.Value, def))
                Error($"There can be only one directive named \"@{def.Name.Value}\".", directiveDefs[def.Name.Value].Name, def.Name);
        }

        var standard = standardTypeNames.ToHashSet();
        var allTypeNames = typeDefs.Keys.Concat(standard).ToList();
        bool Known(string name) => typeDefs.ContainsKey(name) || standard.Contains(name);

        // Every named type reference must resolve.
        AstWalker.Walk(document, new NamedTypeCheck(n =>
        {
            if (!Known(n.Name.Value))
                Error($"Unknown type \"{n.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.List(n.Name.Value, allTypeNames)), n);
        }));

        // Extensions must extend a defined type of the same kind.
        foreach (var ext in document.Definitions.OfType<TypeExtensionNode>())
        {
            var name = ext.Name.Value;
            if (!typeDefs.TryGetValue(name, out var def))
            {
                if (standard.Contains(name)) Error($"Cannot extend non-{Kind(ext)} type \"{name}\".", ext);
                else Error($"Cannot extend type \"{name}\" because it is not defined." +
                           Suggestions.DidYouMean(Suggestions.List(name, typeDefs.Keys)), ext.Name);
            }
            else if (Kind(def) != Kind(ext)) Error($"Cannot extend non-{Kind(ext)} type \"{name}\".", def, ext);
        }

        // Implemented interfaces must be interfaces; union members must be object types.
        foreach (var (name, interfaces) in document.Definitions.Select(d => d switch
                 {
                     ObjectTypeDefinitionNode o => (o.Name.Value, o.Interfaces),
                     InterfaceTypeDefinitionNode i => (i.Name.Value, i.Interfaces),
                     ObjectTypeExtensionNode o => (o.Name.Value, o.Interfaces),
                     InterfaceTypeExtensionNode i => (i.Name.Value, i.Interfaces),
                     _ => (null!, (IReadOnlyList<NamedTypeNode>)[]),
                 }))
        {
            foreach (var i in interfaces)
                if (Known(i.Name.Value) && typeDefs.GetValueOrDefault(i.Name.Value) is not InterfaceTypeDefinitionNode)
                    Error($"Type {name} must only implement Interface types, it cannot implement {i.Name.Value}.", i);
        }
        foreach (var (name, members) in document.Definitions.Select(d => d switch
                 {
                     UnionTypeDefinitionNode u => (u.Name.Value, u.Types),
                     UnionTypeExtensionNode u => (u.Name.Value, u.Types),
                     _ => (null!, (IReadOnlyList<NamedTypeNode>)[]),
                 }))
        {
            foreach (var m in members)
                if (Known(m.Name.Value) && typeDefs.GetValueOrDefault(m.Name.Value) is not ObjectTypeDefinitionNode)
                    Error($"Union type {name} can only include Object types, it cannot include {m.Name.Value}.", m);
        }

        // Unique field, enum value and argument names per type (definitions and extensions together).
        foreach (var group in document.Definitions.OfType<TypeDefinitionNode>().GroupBy(d => d.Name.Value))
        {
            var fields = group.SelectMany(d => d switch
            {
                ObjectTypeDefinitionNode o => o.Fields.Select(f => (f.Name, (Node)f)),
                InterfaceTypeDefinitionNode i => i.Fields.Select(f => (f.Name, (Node)f)),
                ObjectTypeExtensionNode o => o.Fields.Select(f => (f.Name, (Node)f)),
                InterfaceTypeExtensionNode i => i.Fields.Select(f => (f.Name, (Node)f)),
                InputObjectTypeDefinitionNode i => i.Fields.Select(f => (f.Name, (Node)f)),
                InputObjectTypeExtensionNode i => i.Fields.Select(f => (f.Name, (Node)f)),
                _ => [],
            });
            foreach (var dup in fields.GroupBy(f => f.Name.Value).Where(g => g.Count() > 1))
                Error($"Field \"{group.Key}.{dup.Key}\" can only be defined once.", dup.Select(d => d.Name).ToArray());

            var values = group.SelectMany(d => d switch
            {
                EnumTypeDefinitionNode e => e.Values,
                EnumTypeExtensionNode e => e.Values,
                _ => [],
            });
            foreach (var dup in values.GroupBy(v => v.Name.Value).Where(g => g.Count() > 1))
                Error($"Enum value \"{group.Key}.{dup.Key}\" can only be defined once.", dup.Select(d => d.Name).ToArray());

            foreach (var field in group.SelectMany(d => d switch
                     {
                         ObjectTypeDefinitionNode o => o.Fields,
                         InterfaceTypeDefinitionNode i => i.Fields,
                         ObjectTypeExtensionNode o => o.Fields,
                         InterfaceTypeExtensionNode i => i.Fields,
                         _ => [],
                     }))
            {
                foreach (var dup in field.Arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
                    Error($"Argument \"{group.Key}.{field.Name.Value}({dup.Key}:)\" can only be defined once.",
                        dup.Select(d => d.Name).ToArray());
            }
        }
        foreach (var def in directiveDefs.Values)
            foreach (var dup in def.Arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
                Error($"Argument \"@{def.Name.Value}({dup.Key}:)\" can only be defined once.", dup.Select(d => d.Name).ToArray());

        // Directives used in the SDL must exist, be allowed where used, and not repeat unless repeatable.
        var directiveInfo = Directives.Specified.ToDictionary(d => d.Name, d => (d.Locations.Select(l => l.ToString()).ToHashSet(), d.IsRepeatable));
        foreach (var def in directiveDefs.Values)
            directiveInfo[def.Name.Value] = (def.Locations.Select(l => l.Value).ToHashSet(), def.Repeatable);
        AstWalker.Walk(document, new DirectiveUseCheck((directives, location) =>
        {
            var seen = new HashSet<string>();
            foreach (var d in directives)
            {
                if (!directiveInfo.TryGetValue(d.Name.Value, out var info))
                {
                    Error($"Unknown directive \"@{d.Name.Value}\".", d);
                    continue;
                }
                if (!info.Item1.Contains(location)) Error($"Directive \"@{d.Name.Value}\" may not be used on {location}.", d);
                if (!info.IsRepeatable && !seen.Add(d.Name.Value))
                    Error($"The directive \"@{d.Name.Value}\" can only be used once at this location.", d);
            }
        }));
        return errors;
    }

    private static string Kind(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private sealed class NamedTypeCheck(Action<NamedTypeNode> check) : IAstVisitor
    {
        public VisitAction Enter(Node node, Node? parent)
        {
            if (node is NamedTypeNode n) check(n);
            return node is DirectiveNode ? VisitAction.Skip : VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent) { }
    }

    private sealed class DirectiveUseCheck(Action<IReadOnlyList<DirectiveNode>, string> check) : IAstVisitor
    {
        public VisitAction Enter(Node node, Node? parent)
        {
            var (directives, location) = node switch
            {
                SchemaDefinitionNode s => (s.Directives, "SCHEMA"),
                SchemaExtensionNode s => (s.Directives, "SCHEMA"),
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => (((TypeDefinitionNode)node).Directives, "SCALAR"),
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => (((TypeDefinitionNode)node).Directives, "OBJECT"),
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => (((TypeDefinitionNode)node).Directives, "INTERFACE"),
                UnionTypeDefinitionNode or UnionTypeExtensionNode => (((TypeDefinitionNode)node).Directives, "UNION"),
                EnumTypeDefinitionNode or EnumTypeExtensionNode => (((TypeDefinitionNode)node).Directives, "ENUM"),
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => (((TypeDefinitionNode)node).Directives, "INPUT_OBJECT"),
                FieldDefinitionNode f => (f.Directives, "FIELD_DEFINITION"),
                EnumValueDefinitionNode e => (e.Directives, "ENUM_VALUE"),
                InputValueDefinitionNode i => (i.Directives,
                    parent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION"),
                _ => ((IReadOnlyList<DirectiveNode>)[], ""),
            };
            if (directives.Count > 0) check(directives, location);
            return VisitAction.Continue;
        }

        public void Leave(Node node, Node? parent) { }
    }
}
