using CareerGraph.GraphQL.Utilities;
using System.Globalization;
using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Types;

/// <summary>A value could not be coerced to or from a scalar or enum; the message is spec/graphql-js worded.</summary>
public sealed class CoercionException(string message) : Exception(message);

/// <summary>
/// A leaf type with result coercion (Serialize), input coercion of variables (ParseValue) and of literals
/// (ParseLiteral). Custom scalars pass delegates; the defaults pass values through unchanged.
/// </summary>
public class ScalarType(
    string name,
    string? description = null,
    Func<object?, object?>? serialize = null,
    Func<object?, object?>? parseValue = null,
    Func<ValueNode, object?>? parseLiteral = null,
    string? specifiedByUrl = null) : NamedType(name, description)
{
    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    public virtual object? Serialize(object? value) => serialize is null ? value : serialize(value);

    public virtual object? ParseValue(object? value) => parseValue is null ? value : parseValue(value);

    /// <summary>Literal coercion; variables inside the literal are already substituted by the caller.</summary>
    public virtual object? ParseLiteral(ValueNode literal) =>
        parseLiteral is not null ? parseLiteral(literal) : ParseValue(Values.LiteralToPlainValue(literal));
}

/// <summary>The five built-in scalars with the spec's coercion rules (§3.5).</summary>
public static class Scalars
{
    public static readonly ScalarType Int = new IntScalar();
    public static readonly ScalarType Float = new FloatScalar();
    public static readonly ScalarType String = new StringScalar();
    public static readonly ScalarType Boolean = new BooleanScalar();
    public static readonly ScalarType ID = new IdScalar();

    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecified(NamedType type) => Specified.Any(s => ReferenceEquals(s, type));

    /// <summary>Renders a value for error messages the way graphql-js inspect() does (nesting cut at depth 2).</summary>
    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null: return "null";
            // graphql-js quotes strings whole; a value longer than any real title is cut so an error cannot echo
            // a megabyte back (messages for ordinary values stay identical to graphql-js).
            case string s: return s.Length > 1_000 ? JsonString(s[..Echo.MaxLength]) + $"… ({s.Length} characters)" : JsonString(s);
            case bool b: return b ? "true" : "false";
            case Enum e: return JsonString(e.ToString());
            case System.Text.Json.JsonElement json: return Inspect(Execution.JsonInput.ToPlain(json), depth);
        }
        if (TryNumber(value, out _)) return Values.FormatNumber(value);
        IEnumerable<KeyValuePair<string, object?>>? entries = value switch
        {
            IReadOnlyDictionary<string, object?> d => d,
            IDictionary<string, object?> d => d,
            _ => null,
        };
        if (entries is not null)
        {
            var list = entries.ToList();
            if (list.Count == 0) return "{}";
            if (depth + 1 > 2) return "[Object]";
            return "{ " + string.Join(", ", list.Select(kv => $"{kv.Key}: {Inspect(kv.Value, depth + 1)}")) + " }";
        }
        if (value is System.Collections.IEnumerable enumerable)
        {
            var items = enumerable.Cast<object?>().ToList();
            if (items.Count == 0) return "[]";
            if (depth + 1 > 2) return "[Array]";
            var shown = items.Take(10).Select(i => Inspect(i, depth + 1)).ToList();
            var remaining = items.Count - shown.Count;
            if (remaining == 1) shown.Add("... 1 more item");
            else if (remaining > 1) shown.Add($"... {remaining} more items");
            return "[" + string.Join(", ", shown) + "]";
        }
        return value.ToString() ?? value.GetType().Name;
    }

    // graphql-js's inspect() uses JSON.stringify, which differs from Printer.PrintString (lower-case \u escapes, no
    // escaping of U+007F–U+009F); error messages must match graphql-js character for character.
    private static string JsonString(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
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
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Numbers of any CLR numeric type, as double, for range and integrality checks.</summary>
    internal static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            default: number = 0; return false;
        }
    }

    private static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    private sealed class IntScalar() : ScalarType("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object? Serialize(object? value)
        {
            var number = value switch
            {
                bool b => b ? 1 : 0,
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Trim().Length > 0 => parsed,
                _ when TryNumber(value, out var n) => n,
                _ => throw new CoercionException($"Int cannot represent non-integer value: {Inspect(value)}"),
            };
            if (!IsInteger(number)) throw new CoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
            if (number is > int.MaxValue or < int.MinValue)
                throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
            return (int)number;
        }

        public override object? ParseValue(object? value)
        {
            if (value is bool || !TryNumber(value, out var number) || !IsInteger(number))
                throw new CoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
            if (number is > int.MaxValue or < int.MinValue)
                throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
            return (int)number;
        }

        public override object? ParseLiteral(ValueNode literal)
        {
            if (literal is not IntValueNode i)
                throw new CoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
            if (!int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {i.Value}");
            return value;
        }
    }

    private sealed class FloatScalar() : ScalarType("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object? Serialize(object? value)
        {
            var number = value switch
            {
                bool b => b ? 1d : 0d,
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Trim().Length > 0 => parsed,
                _ when TryNumber(value, out var n) => n,
                _ => throw new CoercionException($"Float cannot represent non numeric value: {Inspect(value)}"),
            };
            if (!double.IsFinite(number)) throw new CoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
            return number;
        }

        public override object? ParseValue(object? value)
        {
            if (value is bool || !TryNumber(value, out var number) || !double.IsFinite(number))
                throw new CoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
            return number;
        }

        public override object? ParseLiteral(ValueNode literal) => literal switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            _ => throw new CoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
    }

    private sealed class StringScalar() : ScalarType("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object? Serialize(object? value) => value switch
        {
            string s => s,
            char c => c.ToString(),
            bool b => b ? "true" : "false",
            Enum e => e.ToString(),
            Guid g => g.ToString(),
            _ when TryNumber(value, out var n) && double.IsFinite(n) => Values.FormatNumber(value!),
            _ => throw new CoercionException($"String cannot represent value: {Inspect(value)}"),
        };

        public override object? ParseValue(object? value) => value as string
            ?? throw new CoercionException($"String cannot represent a non string value: {Inspect(value)}");

        public override object? ParseLiteral(ValueNode literal) => literal is StringValueNode s
            ? s.Value
            : throw new CoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
    }

    private sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        public override object? Serialize(object? value) => value switch
        {
            bool b => b,
            _ when TryNumber(value, out var n) && double.IsFinite(n) => n != 0,
            _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}"),
        };

        public override object? ParseValue(object? value) => value as bool?
            ?? throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}");

        public override object? ParseLiteral(ValueNode literal) => literal is BooleanValueNode b
            ? b.Value
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }

    private sealed class IdScalar() : ScalarType("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object? Serialize(object? value) => value switch
        {
            string s => s,
            Guid g => g.ToString(),
            _ when TryNumber(value, out var n) && IsInteger(n) => ((IFormattable)value!).ToString(null, CultureInfo.InvariantCulture),
            _ => throw new CoercionException($"ID cannot represent value: {Inspect(value)}"),
        };

        public override object? ParseValue(object? value) => value switch
        {
            string s => s,
            bool => throw new CoercionException($"ID cannot represent value: {Inspect(value)}"),
            _ when TryNumber(value, out var n) && IsInteger(n) => ((IFormattable)value!).ToString(null, CultureInfo.InvariantCulture),
            _ => throw new CoercionException($"ID cannot represent value: {Inspect(value)}"),
        };

        public override object? ParseLiteral(ValueNode literal) => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
        };
    }
}
