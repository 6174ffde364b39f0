using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.5 Fragments.

public class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Distinct_names_are_valid() =>
        // §5.5.1.1 example.
        RuleAssert.Valid(new UniqueFragmentNamesRule(),
            "{ dog { ...fragmentOne ...fragmentTwo } }\nfragment fragmentOne on Dog { name }\nfragment fragmentTwo on Dog { owner { name } }");

    [Fact]
    public void A_repeated_name_is_reported_at_both_names() =>
        // §5.5.1.1 counter example.
        RuleAssert.Errors(new UniqueFragmentNamesRule(),
            "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }",
            "There can be only one fragment named \"fragmentOne\". (2:10, 3:10)");
}

public class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_types_are_valid() =>
        // §5.5.1.2 example.
        RuleAssert.Valid(new KnownTypeNamesRule(),
            "query Q($c: ComplexInput, $b: [Boolean!]!) { dog { ... on Dog { name } } }\nfragment correctType on Dog { name }");

    [Fact]
    public void Unknown_types_are_reported_with_suggestions() =>
        // §5.5.1.2 counter example, plus variable types (§5.8.2).
        RuleAssert.Errors(new KnownTypeNamesRule(),
            "fragment notOnExistingType on NotInSchema { name }\nfragment inlineNotExistingType on Dog { ... on NotInSchema { name } }\nquery Q($b: [Boolen!]) { dog { name } }",
            "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (1:31)",
            "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (2:48)",
            "Unknown type \"Boolen\". Did you mean \"Boolean\"? (3:14)");
}

public class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Objects_interfaces_and_unions_are_valid_conditions() =>
        // §5.5.1.3 example.
        RuleAssert.Valid(new FragmentsOnCompositeTypesRule(),
            "fragment fragOnObject on Dog { name }\nfragment fragOnInterface on Pet { name }\nfragment fragOnUnion on CatOrDog { ... on Dog { name } }");

    [Fact]
    public void Scalar_conditions_are_reported() =>
        // §5.5.1.3 counter example.
        RuleAssert.Errors(new FragmentsOnCompositeTypesRule(),
            "fragment fragOnScalar on Int { something }\nfragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }",
            "Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\". (1:26)",
            "Fragment cannot condition on non composite type \"Boolean\". (2:45)");
}

public class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Fragments_reached_through_other_fragments_are_used() =>
        RuleAssert.Valid(new NoUnusedFragmentsRule(), "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { name }");

    [Fact]
    public void An_unused_fragment_is_reported() =>
        // §5.5.1.4 counter example; a fragment used only by an unused fragment is unused too.
        RuleAssert.Errors(new NoUnusedFragmentsRule(),
            "fragment nameFragment on Dog { name ...other }\nfragment other on Dog { name }\n{ dog { name } }",
            "Fragment \"nameFragment\" is never used. (1:1)",
            "Fragment \"other\" is never used. (2:1)");
}

public class KnownFragmentNamesRuleTests
{
    [Fact]
    public void A_spread_of_a_defined_fragment_is_valid() =>
        // §5.5.2.1 example.
        RuleAssert.Valid(new KnownFragmentNamesRule(), "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }");

    [Fact]
    public void A_spread_of_an_undefined_fragment_is_reported() =>
        // §5.5.2.1 counter example.
        RuleAssert.Errors(new KnownFragmentNamesRule(), "{ dog { ...undefinedFragment } }",
            "Unknown fragment \"undefinedFragment\". (1:12)");
}

public class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Repeated_but_acyclic_spreads_are_valid() =>
        RuleAssert.Valid(new NoFragmentCyclesRule(), "fragment A on Dog { ...B ...B }\nfragment B on Dog { name }");

    [Fact]
    public void A_cycle_is_reported_once_with_its_path() =>
        // §5.5.2.2 counter example.
        RuleAssert.Errors(new NoFragmentCyclesRule(),
            "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
            "Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\". (2:37, 3:49)");

    [Fact]
    public void Cycles_through_list_fields_and_self_spreads_are_reported() =>
        // §5.5.2.2 counter example (through owner and pets).
        RuleAssert.Errors(new NoFragmentCyclesRule(),
            "fragment dogFragment on Dog { name owner { ...ownerFragment } }\nfragment ownerFragment on Human { name pets { ...dogFragment } }\nfragment self on Dog { ...self }",
            "Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\". (1:44, 2:47)",
            "Cannot spread fragment \"self\" within itself. (3:24)");
}

public class PossibleFragmentSpreadsRuleTests
{
    [Theory]
    // §5.5.2.3.1–4 examples.
    [InlineData("fragment dogFragment on Dog { ... on Dog { barkVolume } }")]
    [InlineData("fragment petNameFragment on Pet { name }\nfragment interfaceWithinObjectFragment on Dog { ...petNameFragment }")]
    [InlineData("fragment catOrDogFragment on CatOrDog { ... on Cat { meowVolume } }")]
    [InlineData("fragment unionWithInterface on Pet { ...dogOrHumanFragment }\nfragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }")]
    public void Overlapping_types_are_valid(string document) => RuleAssert.Valid(new PossibleFragmentSpreadsRule(), document);

    [Fact]
    public void Spreads_that_can_never_apply_are_reported() =>
        // §5.5.2.3.1, §5.5.2.3.3 and §5.5.2.3.4 counter examples.
        RuleAssert.Errors(new PossibleFragmentSpreadsRule(),
            "fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }\n" +
            "fragment sentientFragment on Sentient { ... on Dog { barkVolume } }\n" +
            "fragment nonIntersectingInterfaces on Pet { ...sentientFragment }",
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (1:43)",
            "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". (2:41)",
            "Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\". (3:45)");
}
