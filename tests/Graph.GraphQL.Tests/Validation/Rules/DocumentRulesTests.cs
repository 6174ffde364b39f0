using CareerGraph.GraphQL.Validation.Rules;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Rules;

// Spec §5.1 Documents and §5.2 Operations.

public class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_are_executable() =>
        RuleAssert.Valid(new ExecutableDefinitionsRule(), "query Q { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void Type_system_definitions_are_not() =>
        // §5.1.1 counter example: a type extension next to the operation.
        RuleAssert.Errors(new ExecutableDefinitionsRule(),
            "query getDogName { dog { name color } }\nextend type Dog { color: String }\nschema { query: Query }",
            "The \"Dog\" definition is not executable. (2:1)",
            "The schema definition is not executable. (3:1)");
}

public class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Different_names_are_valid() =>
        // §5.2.1.1 example.
        RuleAssert.Valid(new UniqueOperationNamesRule(),
            "query getDogName { dog { name } }\nquery getOwnerName { dog { owner { name } } }");

    [Theory]
    // §5.2.1.1 counter example: the operation type does not matter.
    [InlineData("query getName { dog { name } }\nquery getName { dog { owner { name } } }", "getName")]
    [InlineData("query dogOperation { dog { name } }\nmutation dogOperation { addPet { name } }", "dogOperation")]
    public void A_repeated_name_is_reported_at_both_names(string document, string name) =>
        RuleAssert.Errors(new UniqueOperationNamesRule(), document,
            $"There can be only one operation named \"{name}\". (1:7, 2:{(document.Contains("mutation") ? 10 : 7)})");
}

public class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void A_single_anonymous_operation_is_valid() =>
        // §5.2.2.1 example.
        RuleAssert.Valid(new LoneAnonymousOperationRule(), "{ dog { name } }");

    [Fact]
    public void An_anonymous_operation_beside_another_is_reported() =>
        // §5.2.2.1 counter example.
        RuleAssert.Errors(new LoneAnonymousOperationRule(), "{ dog { name } }\nquery getName { dog { owner { name } } }",
            "This anonymous operation must be the only defined operation. (1:1)");

    [Fact]
    public void Each_anonymous_operation_is_reported() =>
        RuleAssert.Errors(new LoneAnonymousOperationRule(), "{ dog { name } }\n{ human { name } }",
            "This anonymous operation must be the only defined operation. (1:1)",
            "This anonymous operation must be the only defined operation. (2:1)");
}

public class SingleFieldSubscriptionsRuleTests
{
    [Theory]
    // §5.2.3.1 example.
    [InlineData("subscription sub { newMessage { body sender } }")]
    [InlineData("subscription sub { ...newMessageFields }\nfragment newMessageFields on Subscription { newMessage { body sender } }")]
    [InlineData("subscription sub { newMessage { body } disallowedSecondRootField @skip(if: true) }")]
    public void One_root_field_is_valid(string document) => RuleAssert.Valid(new SingleFieldSubscriptionsRule(), document);

    [Fact]
    public void A_second_root_field_is_reported_at_the_extra_fields() =>
        // §5.2.3.1 counter example.
        RuleAssert.Errors(new SingleFieldSubscriptionsRule(),
            "subscription sub { newMessage { body sender } disallowedSecondRootField }",
            "Subscription \"sub\" must select only one top level field. (1:47)");

    [Fact]
    public void Fields_from_fragments_count() =>
        // §5.2.3.1 counter example.
        RuleAssert.Errors(new SingleFieldSubscriptionsRule(),
            "subscription sub { ...multipleSubscriptions }\n" +
            "fragment multipleSubscriptions on Subscription { newMessage { body sender } disallowedSecondRootField }",
            "Subscription \"sub\" must select only one top level field. (2:77)");

    [Fact]
    public void Introspection_root_fields_are_reported() =>
        // §5.2.3.1 counter example (graphql-js also forbids a lone __typename).
        RuleAssert.Errors(new SingleFieldSubscriptionsRule(), "subscription sub { newMessage { body sender } __typename }\nsubscription { __typename }",
            "Subscription \"sub\" must select only one top level field. (1:47)",
            "Subscription \"sub\" must not select an introspection top level field. (1:47)",
            "Anonymous Subscription must not select an introspection top level field. (2:16)");
}
