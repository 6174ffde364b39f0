using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.3 Fields.

public class FieldsOnCorrectTypeRuleTests
{
    [Theory]
    // §5.3.1 examples: fields of the type, of an interface, __typename and fragments on a union.
    [InlineData("fragment interfaceFieldSelection on Pet { name }")]
    [InlineData("fragment inDirectFieldSelectionOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } }")]
    [InlineData("{ __schema { queryType { name } } __type(name: \"Dog\") { name } dog { __typename } }")]
    public void Defined_fields_are_valid(string document) => RuleAssert.Valid(new FieldsOnCorrectTypeRule(), document);

    [Fact]
    public void Undefined_fields_are_reported_even_behind_an_alias() =>
        // §5.3.1 counter example.
        RuleAssert.Errors(new FieldsOnCorrectTypeRule(),
            "fragment fieldNotDefined on Dog { meowVolume }\nfragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }",
            "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (1:35)",
            "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (2:53)");

    [Fact]
    public void Fields_of_implementations_are_not_on_the_interface() =>
        // §5.3.1 counter example: nickname is on Dog and Cat, not on Pet.
        RuleAssert.Errors(new FieldsOnCorrectTypeRule(), "fragment definedOnImplementersButNotInterface on Pet { nickname }",
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (1:56)");

    [Fact]
    public void A_union_has_no_fields_but_its_members_may() =>
        // §5.3.1 counter example: direct selections on a union.
        RuleAssert.Errors(new FieldsOnCorrectTypeRule(), "fragment directFieldSelectionOnUnion on CatOrDog { name barkVolume }",
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"? (1:52)",
            "Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"? (1:57)");

    [Fact]
    public void Meta_fields_exist_only_where_the_spec_puts_them() =>
        RuleAssert.Errors(new FieldsOnCorrectTypeRule(), "{ dog { __schema { queryType { name } } } }",
            "Cannot query field \"__schema\" on type \"Dog\". (1:9)");
}

public class OverlappingFieldsCanBeMergedRuleTests
{
    [Theory]
    // §5.3.2 examples: identical fields, identical arguments, and differing fields on exclusive object types.
    [InlineData("fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalValues on Dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) }")]
    [InlineData("fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }")]
    [InlineData("fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }")]
    [InlineData("{ findDog(complex: { name: \"a\", owner: \"b\" }) { name } findDog(complex: { owner: \"b\", name: \"a\" }) { name } }")]
    public void Mergeable_fields_are_valid(string document) => RuleAssert.Valid(new OverlappingFieldsCanBeMergedRule(), document);

    [Fact]
    public void An_alias_may_not_name_two_different_fields() =>
        // §5.3.2 counter example.
        RuleAssert.Errors(new OverlappingFieldsCanBeMergedRule(), "fragment conflictingBecauseAlias on Dog { name: nickname name }",
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:43, 1:58)");

    [Fact]
    public void Differing_arguments_conflict_one_error_per_pair() =>
        // §5.3.2 counter example: values, a value against a variable, two variables, and a missing argument.
        RuleAssert.Errors(new OverlappingFieldsCanBeMergedRule(),
            "fragment conflictingArgs on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: HEEL)\n  doesKnowCommand(dogCommand: $varOne)\n}",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 4:3)",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (3:3, 4:3)");

    [Fact]
    public void Exclusive_parents_still_need_the_same_response_shape() =>
        // §5.3.2 counter example: SameResponseShape fails for String and Int.
        RuleAssert.Errors(new OverlappingFieldsCanBeMergedRule(),
            "fragment conflictingDifferingResponses on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }",
            "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. (1:62, 1:97)");

    [Fact]
    public void Sub_field_conflicts_are_reported_once_at_the_enclosing_fields() =>
        RuleAssert.Errors(new OverlappingFieldsCanBeMergedRule(),
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name owner { y: name } }\nfragment B on Dog { x: nickname owner { y: pets { name } } }",
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:21, 3:21)",
            "Fields \"owner\" conflict because subfields \"y\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:29, 2:37, 3:33, 3:41)");

    [Fact]
    public void Lists_and_non_lists_conflict() =>
        RuleAssert.Errors(new OverlappingFieldsCanBeMergedRule(), "{ human { pets { name } } human { pets: name } }",
            "Fields \"human\" conflict because subfields \"pets\" conflict because \"pets\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3, 1:11, 1:27, 1:35)");
}

public class ScalarLeafsRuleTests
{
    [Fact]
    public void A_scalar_without_selection_is_valid() =>
        // §5.3.3 example.
        RuleAssert.Valid(new ScalarLeafsRule(), "fragment scalarSelection on Dog { barkVolume }");

    [Fact]
    public void A_scalar_may_not_have_a_selection() =>
        // §5.3.3 counter example.
        RuleAssert.Errors(new ScalarLeafsRule(), "fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }",
            "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (1:62)");

    [Fact]
    public void Objects_interfaces_and_unions_need_a_selection() =>
        // §5.3.3 counter example.
        RuleAssert.Errors(new ScalarLeafsRule(),
            "query directQueryOnObjectWithoutSubFields { human }\nquery directQueryOnInterfaceWithoutSubFields { pet }\nquery directQueryOnUnionWithoutSubFields { catOrDog }",
            "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? (1:45)",
            "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"? (2:48)",
            "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? (3:44)");
}
