using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Utilities;

/// <summary>Prints a live schema as SDL in the layout of graphql-js printSchema (types in type-map order).</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string?> { SchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(d => !Directives.IsSpecified(d)).Select(Directive));
        // Cost directives are printed where the schema declares them, so the SDL tells clients what the budget counts.
        var costs = schema.Directives.Any(d => d.Name == CostDirectives.Cost);
        parts.AddRange(schema.TypeMap.Values
            .Where(t => !Scalars.IsSpecified(t) && !Introspection.IsIntrospectionType(t))
            .Select(t => Type(t, costs)));
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string? SchemaDefinition(Schema schema)
    {
        var conventional = (schema.QueryType is null || schema.QueryType.Name == "Query") &&
                           (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
                           (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && conventional) return null;
        var operations = new List<string>();
        if (schema.QueryType is not null) operations.Add($"  query: {schema.QueryType.Name}");
        if (schema.MutationType is not null) operations.Add($"  mutation: {schema.MutationType.Name}");
        if (schema.SubscriptionType is not null) operations.Add($"  subscription: {schema.SubscriptionType.Name}");
        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    public static string Type(NamedType type) => Type(type, printCosts: false);

    private static string Type(NamedType type, bool printCosts) => type switch
    {
        ScalarType s => Description(s.Description) + $"scalar {s.Name}" +
                        (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        ObjectType o => Description(o.Description) + $"type {o.Name}" + Implements(o) + Fields(o, printCosts),
        InterfaceType i => Description(i.Description) + $"interface {i.Name}" + Implements(i) + Fields(i, printCosts),
        UnionType u => Description(u.Description) + $"union {u.Name}" +
                       (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + $"enum {e.Name}" + Block(e.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + $"input {io.Name}" + (io.IsOneOf ? " @oneOf" : "") +
                              Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type {type.GetType().Name}", nameof(type)),
    };

    private static string Implements(FieldsType type) =>
        type.Interfaces.Count == 0 ? "" : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string Fields(FieldsType type, bool printCosts) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type +
        Deprecated(f.DeprecationReason) + (printCosts ? Costs(f) : "")));

    private static string Costs(FieldDefinition field)
    {
        var printed = field.Cost is { } weight ? $" @cost(weight: {Printer.PrintString(weight.ToString(System.Globalization.CultureInfo.InvariantCulture))})" : "";
        if (field.ListSize is not { } size) return printed;
        var arguments = new List<string>();
        if (size.AssumedSize is { } assumed) arguments.Add($"assumedSize: {assumed}");
        if (size.SlicingArguments.Count > 0) arguments.Add($"slicingArguments: [{string.Join(", ", size.SlicingArguments.Select(Printer.PrintString))}]");
        if (size.SizedFields.Count > 0) arguments.Add($"sizedFields: [{string.Join(", ", size.SizedFields.Select(Printer.PrintString))}]");
        return printed + $" @listSize({string.Join(", ", arguments)})";
    }

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> args, string indentation = "")
    {
        if (args.Count == 0) return "";
        if (args.All(a => a.Description is null)) return "(" + string.Join(", ", args.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition arg)
    {
        var declaration = arg.Name + ": " + arg.Type;
        if (arg.HasDefaultValue && Values.AstFromValue(arg.DefaultValue, arg.Type) is { } literal)
            declaration += " = " + Printer.Print(literal);
        return declaration + Deprecated(arg.DeprecationReason);
    }

    private static string Directive(DirectiveDefinition d) =>
        Description(d.Description) + "directive @" + d.Name + Arguments(d.Arguments) + Deprecated(d.DeprecationReason) +
        (d.IsRepeatable ? " repeatable" : "") +
        " on " + string.Join(" | ", d.Locations);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        Directives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var literal = Printer.Print(new StringValueNode(description, BlockString.IsPrintable(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation) + "\n";
    }
}
