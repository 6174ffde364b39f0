using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;
using CoercionValues = CareerGraph.GraphQL.Utilities.Values;

namespace CareerGraph.GraphQL.Execution;

/// <summary>Spec §6.1.2 CoerceVariableValues and §6.4.1 CoerceArgumentValues, with graphql-js wording.</summary>
public static class ExecutionValues
{
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) CoerceVariableValues(
        Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?>? inputs, int maxErrors = 50)
    {
        var coerced = new Dictionary<string, object?>();
        var errors = new List<GraphQLError>();
        inputs ??= new Dictionary<string, object?>();
        try
        {
            foreach (var definition in definitions)
            {
                void OnError(GraphQLError error)
                {
                    if (errors.Count >= maxErrors)
                        throw new GraphQLException("Too many errors processing variables, error limit reached. Execution aborted.");
                    errors.Add(error);
                }

                var name = definition.Variable.Name.Value;
                var type = TypeInfo.TypeFromAst(schema, definition.Type);
                if (type is not { IsInputType: true })
                {
                    OnError(GraphQLError.At(
                        $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                        definition.Type));
                    continue;
                }
                if (!inputs.TryGetValue(name, out var raw))
                {
                    if (definition.DefaultValue is not null &&
                        CoercionValues.ValueFromAst(definition.DefaultValue, type) is var defaultValue && defaultValue != CoercionValues.Undefined)
                        coerced[name] = defaultValue;
                    else if (type is NonNullType)
                        OnError(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                    continue;
                }
                var value = JsonInput.ToPlain(raw);
                if (value is null && type is NonNullType)
                {
                    OnError(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                    continue;
                }
                coerced[name] = CoercionValues.CoerceInputValue(value, type, e =>
                {
                    var prefix = $"Variable \"${name}\" got invalid value {Scalars.Inspect(e.InvalidValue)}";
                    if (e.Path.Count > 0) prefix += $" at \"{name}{string.Concat(e.Path.Select(k => k is int i ? $"[{i}]" : $".{k}"))}\"";
                    OnError(GraphQLError.At(prefix + "; " + e.Message, definition));
                });
            }
        }
        catch (GraphQLException e)
        {
            errors.AddRange(e.Errors);
        }
        return (coerced, errors);
    }

    /// <summary>Coerced argument values of a field or directive; throws GraphQLException on invalid input.</summary>
    public static IReadOnlyDictionary<string, object?> GetArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> arguments, Node node,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0) return EmptyArguments;
        var coerced = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var a in arguments)
                if (a.Name.Value == name) { argument = a; break; }

            if (argument is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                else if (type is NonNullType)
                    throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                continue;
            }
            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                    else if (type is NonNullType)
                        throw Error($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode);
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType)
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            var value = CoercionValues.ValueFromAst(valueNode, type, variables);
            if (value == CoercionValues.Undefined)
                throw Error($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            coerced[name] = value;
        }
        return coerced;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static GraphQLException Error(string message, Node node) =>
        new(message, node.Location is { } l ? [new SourceLocation(l.Line, l.Column)] : null);

    /// <summary>Whether @skip/@include on a selection exclude it (spec §6.3.2 steps 3.a/3.b).</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        if (directives.Count == 0) return true;
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include")) continue;
            var definition = name == "skip" ? Directives.Skip : Directives.Include;
            var values = GetArgumentValues(definition.Arguments, directive.Arguments, directive, variables);
            if (values.TryGetValue("if", out var flag) && flag is bool b && b == (name == "skip")) return false;
        }
        return true;
    }
}
