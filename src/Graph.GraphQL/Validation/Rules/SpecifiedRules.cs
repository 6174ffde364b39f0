namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>The validation rules run for every request, in spec §5 order. Add each new rule here.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new KnownArgumentNamesRule(),
    ];
}
