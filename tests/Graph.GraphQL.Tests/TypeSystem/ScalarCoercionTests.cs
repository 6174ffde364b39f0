using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using Xunit;

namespace CareerGraph.GraphQL.Tests.TypeSystem;

/// <summary>Spec §3.5.1–3.5.5 result and input coercion tables of the built-in scalars.</summary>
public class ScalarCoercionTests
{
    public static TheoryData<string, object?, object?> ResultCoercions => new()
    {
        { "Int", 1, 1 }, { "Int", 3L, 3 }, { "Int", 4.0, 4 }, { "Int", true, 1 }, { "Int", "12", 12 },
        { "Float", 1, 1.0 }, { "Float", 1.5f, 1.5 }, { "Float", "2.5", 2.5 },
        { "String", "s", "s" }, { "String", 1, "1" }, { "String", 1.5, "1.5" }, { "String", false, "false" },
        { "Boolean", true, true }, { "Boolean", 0, false }, { "Boolean", 2.5, true },
        { "ID", "x", "x" }, { "ID", 42, "42" }, { "ID", 42L, "42" },
    };

    [Theory, MemberData(nameof(ResultCoercions))]
    public void Result_coercion(string scalar, object? input, object? expected) =>
        Assert.Equal(expected, Scalar(scalar).Serialize(input));

    [Theory]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", 3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Int", "abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Float", "x", "Float cannot represent non numeric value: \"x\"")]
    [InlineData("Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    public void Result_coercion_failures(string scalar, object? input, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalar(scalar).Serialize(input)).Message);

    [Theory] // Input coercion of literals: Int accepts only IntValue, Float accepts Int and Float, ID accepts String and Int.
    [InlineData("Int", "123", 123)]
    [InlineData("Float", "1", 1.0)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("String", "\"s\"", "s")]
    [InlineData("Boolean", "false", false)]
    [InlineData("ID", "7", "7")]
    [InlineData("ID", "\"abc\"", "abc")]
    public void Literal_input_coercion(string scalar, string literal, object expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "true", "Float cannot represent non numeric value: true")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "1.0", "ID cannot represent a non-string and non-integer value: 1.0")]
    public void Literal_input_coercion_failures(string scalar, string literal, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalar(scalar).ParseLiteral(Parser.ParseValue(literal))).Message);

    [Theory] // Variable (JSON) input coercion: no implicit conversions from strings or booleans.
    [InlineData("Int", 5L, 5)]
    [InlineData("Int", 5.0, 5)]
    [InlineData("Float", 5, 5.0)]
    [InlineData("ID", 5, "5")]
    public void Variable_input_coercion(string scalar, object input, object expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseValue(input));

    [Theory]
    [InlineData("Int", "5")]
    [InlineData("Int", true)]
    [InlineData("Float", "5.5")]
    [InlineData("String", 5)]
    [InlineData("Boolean", 1)]
    [InlineData("ID", true)]
    public void Variable_input_coercion_rejects_other_kinds(string scalar, object input) =>
        Assert.Throws<CoercionException>(() => Scalar(scalar).ParseValue(input));

    private static ScalarType Scalar(string name) => Scalars.Specified.Single(s => s.Name == name);
}
