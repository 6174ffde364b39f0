namespace CareerGraph.Standards.Tests.Export;

using System.Text.Json;
using CareerGraph.Standards.Export;
using Xunit;

public sealed class JsonSchemaValidatorTests
{
    private static IReadOnlyList<SchemaViolation> Check(string schema, string instance)
    {
        using var s = JsonDocument.Parse(schema);
        using var i = JsonDocument.Parse(instance);
        return new JsonSchemaValidator(s.RootElement).Validate(i.RootElement);
    }

    [Theory]
    [InlineData("""{"type":"string"}""", "\"a\"", true)]
    [InlineData("""{"type":"string"}""", "1", false)]
    [InlineData("""{"type":"integer"}""", "2", true)]
    [InlineData("""{"type":"integer"}""", "2.5", false)]
    [InlineData("""{"type":"number"}""", "2.5", true)]
    [InlineData("""{"type":["string","null"]}""", "null", true)]
    [InlineData("""{"type":["string","null"]}""", "false", false)]
    [InlineData("""{"type":"boolean"}""", "true", true)]
    [InlineData("""{"const":"careergraph-extract/1"}""", "\"careergraph-extract/1\"", true)]
    [InlineData("""{"const":"careergraph-extract/1"}""", "\"careergraph-extract/2\"", false)]
    [InlineData("""{"enum":["kk","ru"]}""", "\"ru\"", true)]
    [InlineData("""{"enum":["kk","ru"]}""", "\"en\"", false)]
    [InlineData("""{"minimum":1,"maximum":8}""", "8", true)]
    [InlineData("""{"minimum":1,"maximum":8}""", "9", false)]
    [InlineData("""{"minimum":1,"maximum":8}""", "0", false)]
    [InlineData("""{"pattern":"^\\d{4}-\\d$"}""", "\"4224-5\"", true)]
    [InlineData("""{"pattern":"^\\d{4}-\\d$"}""", "\"4224-5-003\"", false)]
    [InlineData("""{"minItems":2,"maxItems":2}""", "[1,2]", true)]
    [InlineData("""{"minItems":2,"maxItems":2}""", "[1]", false)]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,2]", true)]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,\"x\"]", false)]
    // Keywords for one JSON type ignore values of other types (draft 2020-12).
    [InlineData("""{"required":["a"],"pattern":"^x$","minimum":3,"minItems":1}""", "null", true)]
    public void Keywords(string schema, string instance, bool valid) =>
        Assert.Equal(valid, Check(schema, instance).Count == 0);

    [Fact]
    public void Objects_report_missing_and_unexpected_properties_with_their_paths()
    {
        const string schema = """
            {"type":"object","required":["id","lines"],"additionalProperties":false,
             "properties":{"id":{"type":"string"},"lines":{"type":"array","items":{"type":"integer","minimum":1}}}}
            """;
        var violations = Check(schema, """{"lines":[3,0],"extra":true}""");
        Assert.Equal(3, violations.Count);
        Assert.Contains(violations, v => v.Pointer == "" && v.Message.Contains("\"id\""));
        Assert.Contains(violations, v => v.Pointer == "/lines/1" && v.Message.Contains("minimum"));
        Assert.Contains(violations, v => v.Pointer == "/extra" && v.Message.Contains("not allowed"));
    }

    [Fact]
    public void Additional_properties_may_be_a_schema()
    {
        const string schema = """{"additionalProperties":{"type":"integer"}}""";
        Assert.Empty(Check(schema, """{"a":1}"""));
        Assert.Single(Check(schema, """{"a":"x"}"""));
    }

    [Fact]
    public void References_resolve_into_defs_recursively()
    {
        const string schema = """
            {"$ref":"#/$defs/node","$defs":{"node":{"type":"object","required":["n"],
              "properties":{"n":{"type":"integer"},"children":{"type":"array","items":{"$ref":"#/$defs/node"}}}}}}
            """;
        Assert.Empty(Check(schema, """{"n":1,"children":[{"n":2,"children":[{"n":3}]}]}"""));
        var v = Assert.Single(Check(schema, """{"n":1,"children":[{"n":2,"children":[{"n":"x"}]}]}"""));
        Assert.Equal("/children/0/children/0/n", v.Pointer);
    }

    [Fact]
    public void Unsupported_keywords_and_references_are_refused_up_front()
    {
        using var oneOf = JsonDocument.Parse("""{"properties":{"a":{"oneOf":[{"type":"string"}]}}}""");
        var e = Assert.Throws<NotSupportedException>(() => new JsonSchemaValidator(oneOf.RootElement));
        Assert.Contains("oneOf", e.Message);

        using var external = JsonDocument.Parse("""{"$ref":"https://example.org/other.json"}""");
        using var value = JsonDocument.Parse("1");
        Assert.Throws<NotSupportedException>(() => new JsonSchemaValidator(external.RootElement).Validate(value.RootElement));
    }

    [Fact]
    public void The_embedded_export_schema_loads_and_uses_only_supported_keywords()
    {
        var validator = JsonSchemaValidator.ForExtractFormat();
        using var empty = JsonDocument.Parse("""{"format":"careergraph-extract/1","documents":[]}""");
        Assert.Empty(validator.Validate(empty.RootElement));
        using var wrong = JsonDocument.Parse("""{"format":"careergraph-extract/1"}""");
        Assert.Single(validator.Validate(wrong.RootElement));
    }
}
