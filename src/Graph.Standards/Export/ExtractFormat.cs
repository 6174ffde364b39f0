namespace CareerGraph.Standards.Export;

using CareerGraph.Standards.Model;

/// <summary>Names and enum spellings of the public format «careergraph-extract/1», shared by writer and reader.</summary>
public static class ExtractFormat
{
    public const string Id = "careergraph-extract/1";

    /// <summary>Logical name of the embedded JSON Schema (draft 2020-12) for the format.</summary>
    public const string SchemaResource = "CareerGraph.Standards.Export.extract.schema.json";

    public static string Spell(Language language) => language switch
    {
        Language.Kk => "kk",
        Language.Ru => "ru",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static string Spell(DocumentKind kind) => kind switch
    {
        DocumentKind.ProfessionalStandard => "professional-standard",
        DocumentKind.SectoralFramework => "sectoral-framework",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Spell(LaborFunctionKind kind) => kind switch
    {
        LaborFunctionKind.Mandatory => "mandatory",
        LaborFunctionKind.Additional => "additional",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Spell(ActRelationKind kind) => kind switch
    {
        ActRelationKind.Repeals => "repeals",
        ActRelationKind.RepealedBy => "repealed-by",
        ActRelationKind.NewEditionOf => "new-edition-of",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Spell(LinkDirection direction) => direction switch
    {
        LinkDirection.Up => "up",
        LinkDirection.Down => "down",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>The embedded JSON Schema text.</summary>
    public static string SchemaText()
    {
        using var stream = typeof(ExtractFormat).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"embedded resource {SchemaResource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
