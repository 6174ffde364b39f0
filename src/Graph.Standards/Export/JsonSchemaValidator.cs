namespace CareerGraph.Standards.Export;

using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>One violation: the instance location (JSON pointer) and what is wrong there.</summary>
public sealed record SchemaViolation(string Pointer, string Message)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}

/// <summary>
/// A JSON Schema (draft 2020-12) validator for the subset of keywords the export schema uses: type, required,
/// properties, additionalProperties, items, minItems, maxItems, enum, const, minimum, maximum, pattern and $ref to
/// "#/$defs/…". Any other assertion keyword is rejected when the validator is built, so a schema can never be
/// silently half-checked.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "$defs", "title", "description"];

    private static readonly HashSet<string> Supported =
    [
        "type", "required", "properties", "additionalProperties", "items", "minItems", "maxItems",
        "enum", "const", "minimum", "maximum", "pattern", "$ref",
    ];

    private readonly JsonElement _root;
    private readonly Dictionary<string, Regex> _patterns = [];

    public JsonSchemaValidator(JsonElement schema)
    {
        _root = schema.Clone();
        CheckKeywords(_root, "#");
    }

    public static JsonSchemaValidator ForExtractFormat()
    {
        using var doc = JsonDocument.Parse(ExtractFormat.SchemaText());
        return new JsonSchemaValidator(doc.RootElement);
    }

    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance)
    {
        var errors = new List<SchemaViolation>();
        Validate(_root, instance, "", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string at, List<SchemaViolation> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(new(at, "not allowed here"));
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference)) Validate(Resolve(reference.GetString()!), value, at, errors);

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add(new(at, $"expected {TypeText(type)}, found {KindName(value)}"));
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
            errors.Add(new(at, $"expected {constant.GetRawText()}"));
        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
            errors.Add(new(at, $"expected one of {choices.GetRawText()}, found {Short(value)}"));

        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                var n = value.GetDouble();
                if (schema.TryGetProperty("minimum", out var min) && n < min.GetDouble())
                    errors.Add(new(at, $"{Short(value)} is below the minimum {min.GetRawText()}"));
                if (schema.TryGetProperty("maximum", out var max) && n > max.GetDouble())
                    errors.Add(new(at, $"{Short(value)} is above the maximum {max.GetRawText()}"));
                break;
            case JsonValueKind.String:
                if (schema.TryGetProperty("pattern", out var pattern) && !Pattern(pattern.GetString()!).IsMatch(value.GetString()!))
                    errors.Add(new(at, $"{Short(value)} does not match {pattern.GetString()}"));
                break;
            case JsonValueKind.Array:
                ValidateArray(schema, value, at, errors);
                break;
            case JsonValueKind.Object:
                ValidateObject(schema, value, at, errors);
                break;
        }
    }

    private void ValidateArray(JsonElement schema, JsonElement value, string at, List<SchemaViolation> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
            errors.Add(new(at, $"has {count} items, fewer than {min.GetInt32()}"));
        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
            errors.Add(new(at, $"has {count} items, more than {max.GetInt32()}"));
        if (!schema.TryGetProperty("items", out var items)) return;
        var i = 0;
        foreach (var item in value.EnumerateArray()) Validate(items, item, $"{at}/{i++}", errors);
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string at, List<SchemaViolation> errors)
    {
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                if (!value.TryGetProperty(name, out _))
                    errors.Add(new(at, $"missing required property \"{name}\""));

        schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var path = $"{at}/{Escape(property.Name)}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                Validate(sub, property.Value, path, errors);
            else if (hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False) errors.Add(new(path, "property not allowed"));
                else Validate(additional, property.Value, path, errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (reference.StartsWith(prefix, StringComparison.Ordinal)
            && _root.TryGetProperty("$defs", out var defs)
            && defs.TryGetProperty(reference[prefix.Length..], out var target))
            return target;
        throw new NotSupportedException($"$ref \"{reference}\" is not a reference to #/$defs in this schema");
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
            _patterns[pattern] = regex = new Regex(pattern, RegexOptions.CultureInvariant);
        return regex;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => IsType(t.GetString()!, value))
        : IsType(type.GetString()!, value);

    private static bool IsType(string type, JsonElement value) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && double.IsInteger(value.GetDouble()),
        _ => throw new NotSupportedException($"unknown type \"{type}\""),
    };

    private static string TypeText(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
        : type.GetString()!;

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => double.IsInteger(value.GetDouble()) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Short(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 60 ? raw : string.Concat(raw.AsSpan(0, 57), "...");
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static void CheckKeywords(JsonElement schema, string where)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False) return;
        if (schema.ValueKind != JsonValueKind.Object)
            throw new NotSupportedException($"{where}: a schema must be an object or a boolean");
        foreach (var keyword in schema.EnumerateObject())
        {
            var name = keyword.Name;
            var path = $"{where}/{name}";
            if (name == "$defs" || name == "properties")
                foreach (var sub in keyword.Value.EnumerateObject()) CheckKeywords(sub.Value, $"{path}/{sub.Name}");
            else if (name is "items" or "additionalProperties")
                CheckKeywords(keyword.Value, path);
            else if (!Annotations.Contains(name) && !Supported.Contains(name))
                throw new NotSupportedException($"{path}: keyword \"{name}\" is not supported by this validator");
            if (name == "pattern") _ = new Regex(keyword.Value.GetString()!, RegexOptions.CultureInvariant);
        }
    }
}
