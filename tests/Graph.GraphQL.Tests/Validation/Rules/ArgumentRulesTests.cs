using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.4 Arguments.

public class KnownArgumentNamesRuleTests
{
    [Theory]
    // §5.4.1 examples: required and optional arguments, in any order, and directive arguments.
    [InlineData("fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }")]
    [InlineData("fragment multipleArgsReverseOrder on Arguments { multipleRequirements(y: 2, x: 1) }")]
    public void Defined_arguments_are_valid(string document) => RuleAssert.Valid(new KnownArgumentNamesRule(), document);

    [Fact]
    public void Unknown_field_and_directive_arguments_are_reported() =>
        // §5.4.1 counter example.
        RuleAssert.Errors(new KnownArgumentNamesRule(),
            "fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }\n" +
            "fragment invalidArgName2 on Dog { isHouseTrained(atOtherHomes: true) @include(unless: false) }",
            "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (1:50)",
            "Unknown argument \"unless\" on directive \"@include\". (2:79)");

    [Fact]
    public void Arguments_of_unknown_fields_are_left_to_FieldsOnCorrectType() =>
        RuleAssert.Valid(new KnownArgumentNamesRule(), "{ dog { unknownField(arg: 1) } }");
}

public class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_valid() =>
        RuleAssert.Valid(new UniqueArgumentNamesRule(), "{ arguments { multipleRequirements(x: 1, y: 2) } }");

    [Fact]
    public void A_repeated_argument_is_reported_once_with_every_occurrence() =>
        // §5.4.2 Argument Uniqueness.
        RuleAssert.Errors(new UniqueArgumentNamesRule(),
            "{ dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false, atOtherHomes: null) @include(if: true, if: false) } }",
            "There can be only one argument named \"atOtherHomes\". (1:24, 1:44, 1:65)",
            "There can be only one argument named \"if\". (1:94, 1:104)");
}

public class ProvidedRequiredArgumentsRuleTests
{
    [Theory]
    // §5.4.2.1 examples: given, nullable without value, and non-null with a default.
    [InlineData("fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }")]
    [InlineData("fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }")]
    [InlineData("fragment goodBooleanArgDefault on Arguments { booleanArgField }")]
    [InlineData("fragment goodDefault on Arguments { optionalNonNullBooleanArgField }")]
    public void Provided_or_optional_arguments_are_valid(string document) =>
        RuleAssert.Valid(new ProvidedRequiredArgumentsRule(), document);

    [Fact]
    public void A_missing_required_argument_is_reported_per_argument() =>
        // §5.4.2.1 counter example (a null value is ValuesOfCorrectType's concern).
        RuleAssert.Errors(new ProvidedRequiredArgumentsRule(),
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField multipleRequirements(y: 1) }\n{ dog { name @include } }",
            "Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided. (1:44)",
            "Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided. (1:67)",
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (2:14)");
}
