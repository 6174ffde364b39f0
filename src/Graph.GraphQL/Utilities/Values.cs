using System.Collections;
using System.Globalization;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Utilities;

/// <summary>
/// Input coercion (spec §3.5–3.10 "Input Coercion", §6.4.1/§6.4.2) and the reverse direction (value → literal).
/// Internal values are: null, bool, int, double, string, enum internal values, List&lt;object?&gt; for lists and
/// Dictionary&lt;string, object?&gt; for input objects.
/// </summary>
public static class Values
{
    /// <summary>Marks "no value" (as opposed to null) — an invalid or absent input.</summary>
    public static readonly object Undefined = new UndefinedValue();

    private sealed class UndefinedValue
    {
        public override string ToString() => "undefined";
    }

    /// <summary>Turns a literal into a plain value without a type (graphql-js valueFromASTUntyped).</summary>
    public static object? LiteralToPlainValue(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(v => LiteralToPlainValue(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => LiteralToPlainValue(f.Value, variables)),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>
    /// Coerces a literal to an internal value of the given type, substituting already-coerced variables.
    /// Returns <see cref="Undefined"/> when the literal is invalid for the type (graphql-js valueFromAST).
    /// </summary>
    public static object? ValueFromAst(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is null) return Undefined;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return Undefined;
            if (variableValue is null && type is NonNullType) return Undefined;
            return variableValue;
        }
        if (type is NonNullType nonNull)
            return node is NullValueNode ? Undefined : ValueFromAst(node, nonNull.OfType, variables);
        if (node is NullValueNode) return null;

        switch (type)
        {
            case ListType list:
            {
                if (node is not ListValueNode listNode)
                {
                    var single = ValueFromAst(node, list.OfType, variables);
                    return single == Undefined ? Undefined : new List<object?> { single };
                }
                var items = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    if (IsMissingVariable(itemNode, variables))
                    {
                        if (list.OfType is NonNullType) return Undefined;
                        items.Add(null);
                        continue;
                    }
                    var item = ValueFromAst(itemNode, list.OfType, variables);
                    if (item == Undefined) return Undefined;
                    items.Add(item);
                }
                return items;
            }
            case InputObjectType inputObject:
            {
                if (node is not ObjectValueNode objectNode) return Undefined;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>();
                foreach (var f in objectNode.Fields) fieldNodes.TryAdd(f.Name.Value, f);
                var result = new Dictionary<string, object?>();
                foreach (var field in inputObject.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType) return Undefined;
                        continue;
                    }
                    var value = ValueFromAst(fieldNode.Value, field.Type, variables);
                    if (value == Undefined) return Undefined;
                    result[field.Name] = value;
                }
                if (inputObject.IsOneOf && (result.Count != 1 || result.Values.First() is null)) return Undefined;
                return result;
            }
            case ScalarType scalar:
                try { return scalar.ParseLiteral(SubstituteVariables(node, variables)); }
                catch (Exception e) when (e is CoercionException or FormatException or InvalidCastException or OverflowException) { return Undefined; }
            case EnumType enumType:
                try { return enumType.ParseLiteral(node); }
                catch (CoercionException) { return Undefined; }
            default:
                return Undefined;
        }
    }

    // Custom scalars may take structured literals containing variables; they see the variable values inlined.
    private static ValueNode SubstituteVariables(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        VariableNode v => PlainValueToLiteral(variables?.GetValueOrDefault(v.Name.Value)),
        ListValueNode l when ContainsVariable(l) => l with { Values = l.Values.Select(x => SubstituteVariables(x, variables)).ToList() },
        ObjectValueNode o when ContainsVariable(o) => o with
        {
            Fields = o.Fields.Select(f => f with { Value = SubstituteVariables(f.Value, variables) }).ToList(),
        },
        _ => node,
    };

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(ContainsVariable),
        ObjectValueNode o => o.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static ValueNode PlainValueToLiteral(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        int or long or short or byte => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double or float or decimal => new FloatValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        IDictionary<string, object?> d => new ObjectValueNode(d.Select(kv => new ObjectFieldNode(new NameNode(kv.Key), PlainValueToLiteral(kv.Value))).ToList()),
        IEnumerable e => new ListValueNode(e.Cast<object?>().Select(PlainValueToLiteral).ToList()),
        _ => new StringValueNode(value.ToString() ?? ""),
    };

    /// <summary>An error found while coercing an external input value: where, what, and why.</summary>
    public sealed record InputError(IReadOnlyList<object> Path, object? InvalidValue, string Message);

    /// <summary>
    /// Coerces an external (JSON-like) input value to the type (spec "Input Coercion"; graphql-js coerceInputValue),
    /// reporting every problem through onError.
    /// </summary>
    public static object? CoerceInputValue(object? input, GraphQLType type, Action<InputError> onError) =>
        Coerce(input, type, onError, []);

    private static object? Coerce(object? input, GraphQLType type, Action<InputError> onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (input is not null) return Coerce(input, nonNull.OfType, onError, path);
            onError(new InputError(path.ToList(), input, $"Expected non-nullable type \"{type}\" not to be null."));
            return Undefined;
        }
        if (input is null) return null;

        switch (type)
        {
            case ListType list:
                if (input is IEnumerable enumerable and not string && !IsObjectLike(input))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in enumerable)
                    {
                        path.Add(index++);
                        items.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }
                    return items;
                }
                return new List<object?> { Coerce(input, list.OfType, onError, path) };

            case InputObjectType inputObject:
            {
                if (!TryGetObject(input, out var fields))
                {
                    onError(new InputError(path.ToList(), input, $"Expected type \"{inputObject.Name}\" to be an object."));
                    return Undefined;
                }
                var result = new Dictionary<string, object?>();
                foreach (var field in inputObject.Fields)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType)
                            onError(new InputError(path.ToList(), input, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                        continue;
                    }
                    path.Add(field.Name);
                    result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
                    path.RemoveAt(path.Count - 1);
                }
                foreach (var key in fields.Keys)
                {
                    if (inputObject.GetField(key) is null)
                        onError(new InputError(path.ToList(), input,
                            $"Field \"{key}\" is not defined by type \"{inputObject.Name}\"." +
                            Suggestions.DidYouMean(Suggestions.List(key, inputObject.Fields.Select(f => f.Name)))));
                }
                if (inputObject.IsOneOf)
                {
                    if (result.Count != 1)
                        onError(new InputError(path.ToList(), input, $"Exactly one key must be specified for OneOf type \"{inputObject.Name}\"."));
                    else if (result.First() is { Value: null } only)
                        onError(new InputError([.. path, only.Key], null, $"Field \"{only.Key}\" must be non-null."));
                }
                return result;
            }

            case ScalarType scalar:
                try { return scalar.ParseValue(input); }
                catch (Exception e) when (e is CoercionException or GraphQLException or FormatException or InvalidCastException
                                              or OverflowException or ArgumentException)
                {
                    // As graphql-js: errors of the built-in scalars (and GraphQL errors) are shown as they are; other
                    // failures of custom scalars get the "Expected type" prefix.
                    var message = e switch
                    {
                        GraphQLException g => g.Errors[0].Message,
                        CoercionException when Scalars.IsSpecified(scalar) => e.Message,
                        _ => $"Expected type \"{scalar.Name}\". {e.Message}",
                    };
                    onError(new InputError(path.ToList(), input, message));
                    return Undefined;
                }

            case EnumType enumType:
                try { return enumType.ParseValue(input); }
                catch (CoercionException e)
                {
                    onError(new InputError(path.ToList(), input, e.Message));
                    return Undefined;
                }
        }
        onError(new InputError(path.ToList(), input, $"Expected type \"{type}\"."));
        return Undefined;
    }

    private static bool IsObjectLike(object value) => value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?>;

    internal static bool TryGetObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro:
                fields = ro;
                return true;
            case IDictionary<string, object?> d:
                fields = d.AsReadOnly();
                return true;
            default:
                fields = null!;
                return false;
        }
    }

    /// <summary>Produces a literal for an internal value (graphql-js astFromValue), or null for "no value".</summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value == Undefined) return null;
        if (value is null) return new NullValueNode();
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string && !IsObjectLike(value))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                        if (AstFromValue(item, list.OfType) is { } node) nodes.Add(node);
                    return new ListValueNode(nodes);
                }
                return AstFromValue(value, list.OfType);
            case InputObjectType inputObject:
            {
                if (!TryGetObject(value, out var fields)) return null;
                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue)) continue;
                    if (AstFromValue(fieldValue, field.Type) is { } node)
                        fieldNodes.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                }
                return new ObjectValueNode(fieldNodes);
            }
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
            {
                var serialized = scalar.Serialize(value);
                switch (serialized)
                {
                    case null: return null;
                    case bool b: return new BooleanValueNode(b);
                    case string s:
                        return ReferenceEquals(scalar, Scalars.ID) && IsIntegerString(s) ? new IntValueNode(s) : new StringValueNode(s);
                }
                if (Scalars.TryNumber(serialized, out var number) && double.IsFinite(number))
                {
                    var text = FormatNumber(serialized);
                    return IsIntegerString(text) ? new IntValueNode(text) : new FloatValueNode(text);
                }
                throw new InvalidOperationException($"Cannot convert value to AST: {Scalars.Inspect(serialized)}.");
            }
        }
        return null;
    }

    // Same text JavaScript's String(number) produces for the common cases (1 → "1", 1.5 → "1.5", 1e21 → "1e+21").
    internal static string FormatNumber(object number) => number switch
    {
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        _ => Convert.ToString(number, CultureInfo.InvariantCulture)!,
    };

    private static string FormatDouble(double d)
    {
        if (d == Math.Floor(d) && Math.Abs(d) < 1e21) return d.ToString("0", CultureInfo.InvariantCulture);
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E') ? text.Replace("E", "e").Replace("e-0", "e-").Replace("e+0", "e+") : text;
    }

    private static bool IsIntegerString(string s)
    {
        var i = s.StartsWith('-') ? 1 : 0;
        if (i >= s.Length) return false;
        if (s[i] == '0') return s.Length == i + 1;
        for (; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }
}
