using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.7 Directives.

public class KnownDirectivesRuleTests
{
    [Fact]
    public void Known_directives_in_their_locations_are_valid() =>
        RuleAssert.Valid(new KnownDirectivesRule(),
            "query Q($v: Boolean!) { dog @skip(if: $v) { ...F @include(if: true) ... on Dog @include(if: true) { name } } }\nfragment F on Dog { name }");

    [Fact]
    public void Unknown_directives_are_reported() =>
        // §5.7.1 Directives Are Defined.
        RuleAssert.Errors(new KnownDirectivesRule(), "{ dog { name @unknown } }", "Unknown directive \"@unknown\". (1:14)");

    [Fact]
    public void Directives_in_other_locations_are_reported() =>
        // §5.7.2 counter example (@skip on a query), plus @deprecated on a field selection.
        RuleAssert.Errors(new KnownDirectivesRule(), "query @skip(if: $foo) { dog { name @deprecated } }",
            "Directive \"@skip\" may not be used on QUERY. (1:7)",
            "Directive \"@deprecated\" may not be used on FIELD. (1:36)");
}

public class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void One_use_per_location_is_valid() =>
        // §5.7.3 example.
        RuleAssert.Valid(new UniqueDirectivesPerLocationRule(),
            "query ($foo: Boolean = true, $bar: Boolean = false) { dog { name @skip(if: $foo) } dog { name @skip(if: $bar) } }");

    [Fact]
    public void A_repeated_directive_is_reported() =>
        // §5.7.3 counter example.
        RuleAssert.Errors(new UniqueDirectivesPerLocationRule(),
            "query ($foo: Boolean = true, $bar: Boolean = false) { dog { name @skip(if: $foo) @skip(if: $bar) } }",
            "The directive \"@skip\" can only be used once at this location. (1:66, 1:82)");
}
