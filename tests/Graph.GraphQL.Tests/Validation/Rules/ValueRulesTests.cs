using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;
using CareerGraph.GraphQL.Validation;
using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.6 Values.

public class ValuesOfCorrectTypeRuleTests
{
    [Theory]
    // §5.6.1 examples: literals of the right type, an Int coerced into a Float, an input object default.
    [InlineData("fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }")]
    [InlineData("fragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }")]
    [InlineData("query goodComplexDefaultValue($search: ComplexInput = { name: \"Fido\" }) { findDog(complex: $search) { name } }")]
    [InlineData("{ booleanList(booleanListArg: true) arguments { booleanListArgField(booleanListArg: [true, null]) } }")]
    [InlineData("mutation { addPet(pet: { dog: { name: \"Rex\" } }) { name } }")]
    public void Values_of_the_expected_type_are_valid(string document) =>
        RuleAssert.Valid(new ValuesOfCorrectTypeRule(), document);

    [Fact]
    public void Values_of_another_type_are_reported_in_the_scalars_words() =>
        // §5.6.1 counter example.
        RuleAssert.Errors(new ValuesOfCorrectTypeRule(),
            "fragment stringIntoInt on Arguments { intArgField(intArg: \"123\") }\nquery badComplexValue { findDog(complex: { name: 123 }) { name } }",
            "Int cannot represent non-integer value: \"123\" (1:59)",
            "String cannot represent a non string value: 123 (2:50)");

    [Fact]
    public void Enum_values_must_be_enum_literals_of_the_type() =>
        RuleAssert.Errors(new ValuesOfCorrectTypeRule(),
            "{ dog { a: doesKnowCommand(dogCommand: \"SIT\") b: doesKnowCommand(dogCommand: SITT) } }",
            "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? (1:40)",
            "Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? (1:78)");

    [Fact]
    public void Null_may_not_fill_a_non_null_position() =>
        // §5.6.1 and §5.4.2.1 counter example (missingRequiredArg with null).
        RuleAssert.Errors(new ValuesOfCorrectTypeRule(),
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: null) }",
            "Expected value of type \"Boolean!\", found null. (1:86)");

    [Fact]
    public void Input_object_fields_must_be_defined() =>
        // §5.6.2 counter example.
        RuleAssert.Errors(new ValuesOfCorrectTypeRule(), "{ findDog(complex: { favoriteCookieFlavor: \"Bacon\" }) { name } }",
            "Field \"favoriteCookieFlavor\" is not defined by type \"ComplexInput\". (1:22)");

    [Fact]
    public void Required_input_fields_must_be_given() =>
        // §5.6.4 Input Object Required Fields.
        RuleAssert.Errors(new ValuesOfCorrectTypeRule(), "mutation { addPet(pet: { cat: { nickname: \"Tom\" } }) { name } }",
            "Field \"CatInput.name\" of required type \"String!\" was not provided. (1:31)");

    [Fact]
    public void A_oneOf_input_takes_exactly_one_non_null_field() =>
        RuleAssert.Errors(new ValuesOfCorrectTypeRule(),
            "mutation {\n  a: addPet(pet: {}) { name }\n  b: addPet(pet: { cat: { name: \"Tom\" }, dog: { name: \"Rex\" } }) { name }\n  c: addPet(pet: { dog: null }) { name }\n}",
            "OneOf Input Object \"PetInput\" must specify exactly one key. (2:18)",
            "OneOf Input Object \"PetInput\" must specify exactly one key. (3:18)",
            "Field \"PetInput.dog\" must be non-null. (4:18)");
}

public class ValuesOfCorrectTypeCustomScalarTests
{
    // A custom scalar's literal coercion decides validity: its own coercion message, or graphql-js's
    // "Expected value …; reason" for any other failure.
    private static readonly Schema Schema = new SchemaBuilder("scalar Date scalar Code type Query { on(date: Date, code: Code): Int }")
        .Scalar(new ScalarType("Date", parseLiteral: n => n is StringValueNode { Value.Length: 10 } s
            ? s.Value
            : throw new CoercionException($"Date cannot represent literal: {Printer.Print(n)}")))
        .Scalar(new ScalarType("Code", parseLiteral: n => n is StringValueNode { Value: ['C', ..] } s
            ? s.Value
            : throw new ArgumentException("codes start with C")))
        .Build();

    [Fact]
    public void Literals_the_scalar_accepts_are_valid() =>
        Assert.Empty(Validator.Validate(Schema, Parser.Parse("{ on(date: \"2024-02-29\", code: \"C7\") }"), [new ValuesOfCorrectTypeRule()]));

    [Fact]
    public void Literals_the_scalar_rejects_are_reported() =>
        Assert.Equal(
            ["Date cannot represent literal: \"yesterday\" (1:12)",
             "Expected value of type \"Code\", found \"x\"; codes start with C (1:31)"],
            ValidationTestSchema.Describe(Validator.Validate(Schema,
                Parser.Parse("{ on(date: \"yesterday\", code: \"x\") }"), [new ValuesOfCorrectTypeRule()])));
}

public class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void The_same_name_in_nested_objects_is_valid() =>
        RuleAssert.Valid(new UniqueInputFieldNamesRule(), "{ findDog(complex: { name: \"a\", owner: \"b\" }) { name } }");

    [Fact]
    public void A_repeated_field_is_reported_per_repetition() =>
        // §5.6.3 counter example.
        RuleAssert.Errors(new UniqueInputFieldNamesRule(), "{ field(arg: { field: true, field: false, field: null }) }",
            "There can be only one input field named \"field\". (1:16, 1:29)",
            "There can be only one input field named \"field\". (1:16, 1:43)");
}
