using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.8 Variables.

public class UniqueVariableNamesRuleTests
{
    [Fact]
    public void The_same_name_in_different_operations_is_valid() =>
        // §5.8.1 example.
        RuleAssert.Valid(new UniqueVariableNamesRule(),
            "query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nquery B($atOtherHomes: Boolean) { ...HouseTrainedFragment }\n" +
            "fragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }");

    [Fact]
    public void A_repeated_variable_is_reported_once_with_every_definition() =>
        // §5.8.1 counter example.
        RuleAssert.Errors(new UniqueVariableNamesRule(),
            "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            "There can be only one variable named \"$atOtherHomes\". (1:26, 1:50)");
}

public class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Input_types_are_valid() =>
        // §5.8.2 example.
        RuleAssert.Valid(new VariablesAreInputTypesRule(),
            "query takesBoolean($atOtherHomes: Boolean) { dog { name } }\nquery takesComplexInput($complexInput: ComplexInput) { dog { name } }\nquery TakesListOfBooleanBang($booleans: [Boolean!]) { dog { name } }");

    [Fact]
    public void Output_types_are_reported() =>
        // §5.8.2 counter example.
        RuleAssert.Errors(new VariablesAreInputTypesRule(),
            "query takesCat($cat: Cat) { dog { name } }\nquery takesDogBang($dog: Dog!) { dog { name } }\nquery takesListOfPet($pets: [Pet]) { dog { name } }\nquery takesCatOrDog($catOrDog: CatOrDog) { dog { name } }",
            "Variable \"$cat\" cannot be non-input type \"Cat\". (1:22)",
            "Variable \"$dog\" cannot be non-input type \"Dog!\". (2:26)",
            "Variable \"$pets\" cannot be non-input type \"[Pet]\". (3:29)",
            "Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\". (4:32)");
}

public class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Defined_variables_are_valid_also_through_fragments() =>
        // §5.8.3 examples.
        RuleAssert.Valid(new NoUndefinedVariablesRule(),
            "query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\n" +
            "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }");

    [Fact]
    public void Undefined_variables_are_reported_per_operation_and_use() =>
        // §5.8.3 counter examples: directly, through a fragment and through a nested fragment.
        RuleAssert.Errors(new NoUndefinedVariablesRule(),
            "query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }\n" +
            "query variableIsNotDefinedUsedInNestedFragment { dog { ...outerHouseTrainedFragment } }\n" +
            "fragment outerHouseTrainedFragment on Dog { ...isHouseTrainedFragment }\n" +
            "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n" +
            "{ dog { a: isHouseTrained(atOtherHomes: $x) b: isHouseTrained(atOtherHomes: $x) } }",
            "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\". (1:65, 1:1)",
            "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\". (4:71, 2:1)",
            "Variable \"$x\" is not defined. (5:41, 5:1)",
            "Variable \"$x\" is not defined. (5:77, 5:1)");
}

public class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Variables_used_through_fragments_are_used() =>
        // §5.8.4 example.
        RuleAssert.Valid(new NoUnusedVariablesRule(),
            "query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\n" +
            "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }");

    [Fact]
    public void Each_unused_variable_is_reported() =>
        // §5.8.4 counter examples.
        RuleAssert.Errors(new NoUnusedVariablesRule(),
            "query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }\n" +
            "query variableNotUsedWithinFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedWithoutVariableFragment } }\n" +
            "fragment isHouseTrainedWithoutVariableFragment on Dog { isHouseTrained }\n" +
            "query ($a: Int, $b: Int) { dog { name } }",
            "Variable \"$atOtherHomes\" is never used in operation \"variableUnused\". (1:22)",
            "Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\". (2:37)",
            "Variable \"$a\" is never used. (4:8)",
            "Variable \"$b\" is never used. (4:17)");
}

public class VariablesInAllowedPositionRuleTests
{
    [Theory]
    // §5.8.5 examples: exact types, non-null into nullable, and the default value exceptions.
    [InlineData("query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }")]
    [InlineData("query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }")]
    [InlineData("query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }")]
    [InlineData("query q($b: Boolean!) { booleanList(booleanListArg: [$b]) }")]
    public void Compatible_positions_are_valid(string document) => RuleAssert.Valid(new VariablesInAllowedPositionRule(), document);

    [Fact]
    public void Incompatible_positions_are_reported_at_definition_and_use() =>
        // §5.8.5 counter examples; a null default does not make a nullable variable fit a non-null position.
        RuleAssert.Errors(new VariablesInAllowedPositionRule(),
            "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }\n" +
            "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }\n" +
            "query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }\n" +
            "query listToNonNullList($booleanList: [Boolean]) { arguments { booleanListArgField(booleanListArg: $booleanList) } }\n" +
            "query nullDefault($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
            "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\". (1:30, 1:86)",
            "Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\". (2:38, 2:108)",
            "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". (3:23, 3:101)",
            "Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\". (4:25, 4:100)",
            "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". (5:19, 5:95)");

    [Fact]
    public void A_oneOf_field_needs_a_non_null_variable() =>
        // As graphql-js checks it: only where the @oneOf input itself is in a nullable position.
        RuleAssert.Errors(new VariablesInAllowedPositionRule(),
            "query q($cat: CatInput, $dog: DogInput!) { a: findPet(pet: { cat: $cat }) { name } b: findPet(pet: { dog: $dog }) { name } }\n" +
            "mutation m($cat: CatInput) { addPet(pet: { cat: $cat }) { name } }",
            "Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\". (1:9, 1:67)");
}

public class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void Two_nested_introspection_lists_are_valid() =>
        RuleAssert.Valid(new MaxIntrospectionDepthRule(), "{ __schema { types { fields { type { fields { name } } } } } }");

    [Fact]
    public void Three_nested_introspection_lists_are_reported_also_through_fragments() =>
        RuleAssert.Errors(new MaxIntrospectionDepthRule(),
            "{ __type(name: \"Dog\") { ...T } }\nfragment T on __Type { fields { type { interfaces { possibleTypes { name } } } } }",
            "Maximum introspection depth exceeded (1:3)");
}
