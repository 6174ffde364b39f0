using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;
using CareerGraph.GraphQL.Validation;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation;

/// <summary>The spec §5 example schema (spec-schema.graphql) and helpers to validate documents against it.</summary>
public static class ValidationTestSchema
{
    public static Schema Schema { get; } =
        new SchemaBuilder(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "spec-schema.graphql"))).Build();

    /// <summary>Errors of one rule alone, as graphql-js's rule tests run them.</summary>
    public static IReadOnlyList<GraphQLError> Errors(IValidationRule rule, string document) =>
        Validator.Validate(Schema, Parser.Parse(document), [rule]);

    /// <summary>"message (line:column, …)" for each error, for compact assertions.</summary>
    public static string[] Describe(IReadOnlyList<GraphQLError> errors) => errors.Select(e => e.ToString()).ToArray();
}

/// <summary>Assertions on the errors one rule reports, written as "message (line:column, …)".</summary>
public static class RuleAssert
{
    public static void Valid(IValidationRule rule, string document) =>
        Assert.Empty(ValidationTestSchema.Describe(ValidationTestSchema.Errors(rule, document)));

    public static void Errors(IValidationRule rule, string document, params string[] expected) =>
        Assert.Equal(expected, ValidationTestSchema.Describe(ValidationTestSchema.Errors(rule, document)));
}
