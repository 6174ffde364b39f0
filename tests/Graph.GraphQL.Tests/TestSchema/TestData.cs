using System.Globalization;
using System.Text.Json;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Tests.TestSchema;

public enum Lang { Kk, Ru, En }

public sealed record Skill(string Id, string Title);

public sealed record Standard(string Id, string NameRu, string NameKk);

public sealed class Profession
{
    public required string Id { get; init; }
    public required string NameRu { get; set; }
    public required string NameKk { get; init; }
    public required int Level { get; init; }
    public required string[] Codes { get; init; }
    public required Skill[] Skills { get; init; }
    public string[] RelatedIds { get; init; } = [];
    public string? StandardId { get; init; }
    public double? Weight { get; init; }
    public bool Active { get; init; } = true;
    public string? LegacyCode { get; init; }
    public DateOnly? Published { get; init; }
}

/// <summary>In-memory data and resolvers for schema.graphql (a miniature of the CareerGraph domain).</summary>
public sealed class TestData
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestSchema", "schema.graphql"));

    public static readonly ScalarType Date = new("Date",
        serialize: v => v is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new CoercionException($"Date cannot represent value: {v}"),
        parseValue: v => v is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CoercionException($"Date cannot represent value: {JsonSerializer.Serialize(v)}"),
        parseLiteral: n => n is StringValueNode s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CoercionException($"Date cannot represent literal: {Printer.Print(n)}"));

    public List<Profession> Professions { get; } =
    [
        new() { Id = "p1", NameRu = "Сварщик", NameKk = "Дәнекерлеуші", Level = 3, Codes = ["7212-1"], Weight = 1.5,
                Skills = [new("s1", "Welding"), new("s2", "Safety")], RelatedIds = ["p2"], StandardId = "st1",
                LegacyCode = "W-1", Published = new DateOnly(2023, 5, 17) },
        new() { Id = "p2", NameRu = "Мастер сварки", NameKk = "Дәнекерлеу шебері", Level = 5, Codes = ["7212-2", "3122-0"],
                Skills = [new("s1", "Welding")], RelatedIds = ["p1"], StandardId = "st1" },
        new() { Id = "p3", NameRu = "Инженер", NameKk = "Инженер", Level = 6, Codes = [], Skills = [], Active = false },
    ];

    public List<Standard> Standards { get; } = [new("st1", "Сварочное производство", "Дәнекерлеу өндірісі")];

    public int Counter { get; set; }

    public object? FindNode(string id) =>
        (object?)Professions.FirstOrDefault(p => p.Id == id)
        ?? (object?)Standards.FirstOrDefault(s => s.Id == id)
        ?? Professions.SelectMany(p => p.Skills).FirstOrDefault(s => s.Id == id);

    public static string Name(string ru, string kk, FieldContext c) => c.Argument<Lang>("lang") == Lang.Kk ? kk : ru;

    public SchemaBuilder Builder() => new SchemaBuilder(Sdl)
        .Scalar(Date)
        .BindEnum<Lang>("Lang")
        .MapClrType<Profession>("Profession")
        .MapClrType<Skill>("Skill")
        .MapClrType<Standard>("Standard")
        .Resolve("Query.node", c => FindNode(c.Argument<string>("id")!))
        .Resolve("Query.nodes", c => c.Argument<List<object?>>("ids")!.Select(id => FindNode((string)id!)).ToList())
        .Resolve("Query.ref", c =>
        {
            var by = c.Argument<Dictionary<string, object?>>("by")!;
            return FindNode((string)by.Values.Single()!);
        })
        .Resolve("Query.profession", c => Professions.FirstOrDefault(p => p.Id == c.Argument<string>("id")))
        .Resolve("Query.professions", c =>
        {
            var filter = c.Argument<Dictionary<string, object?>>("filter");
            var min = filter?["levelAtLeast"] as int? ?? 1;
            var max = filter?.GetValueOrDefault("levelAtMost") as int? ?? 8;
            return Professions.Where(p => p.Level >= min && p.Level <= max).ToList();
        })
        .Resolve("Query.search", c =>
        {
            var text = c.Argument<string>("text")!;
            return Professions.Where(p => p.NameRu.Contains(text, StringComparison.OrdinalIgnoreCase)).Cast<object>()
                .Concat(Standards.Where(s => s.NameRu.Contains(text, StringComparison.OrdinalIgnoreCase)))
                .Concat(Professions.SelectMany(p => p.Skills).DistinctBy(s => s.Id)
                    .Where(s => s.Title.Contains(text, StringComparison.OrdinalIgnoreCase)))
                .ToList();
        })
        .Resolve("Query.echo", c => string.Join("; ", c.Arguments.Select(kv => $"{kv.Key}={Show(kv.Value)}")))
        .Resolve("Query.failing", _ => throw new InvalidOperationException("failing resolver"))
        .Resolve("Query.failingNonNull", _ => throw new InvalidOperationException("non-null failure"))
        .ResolveAsync("Query.slow", async c =>
        {
            await Task.Delay(c.Argument<int>("ms"), c.CancellationToken);
            return "done";
        })
        .Resolve("Profession.name", c => Name(((Profession)c.Parent!).NameRu, ((Profession)c.Parent!).NameKk, c))
        .Resolve("Profession.skills", c => ((Profession)c.Parent!).Skills.Take(c.Argument<int>("first")))
        .Resolve("Profession.related", c => ((Profession)c.Parent!).RelatedIds.Select(id => Professions.First(p => p.Id == id)))
        .Resolve("Profession.standard", c => Standards.FirstOrDefault(s => s.Id == ((Profession)c.Parent!).StandardId))
        .Resolve("Standard.name", c => Name(((Standard)c.Parent!).NameRu, ((Standard)c.Parent!).NameKk, c))
        .Resolve("Standard.professions", c => Professions.Where(p => p.StandardId == ((Standard)c.Parent!).Id))
        .Resolve("Mutation.rename", c =>
        {
            var profession = Professions.FirstOrDefault(p => p.Id == c.Argument<string>("id"));
            if (profession is not null) profession.NameRu = c.Argument<string>("name")!;
            return profession;
        })
        .Resolve("Mutation.increment", _ => ++Counter);

    public Schema BuildSchema() => Builder().Build();

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        int i => i.ToString(CultureInfo.InvariantCulture),
        Dictionary<string, object?> d => "{" + string.Join(", ", d.Select(kv => $"{kv.Key}: {Show(kv.Value)}")) + "}",
        List<object?> l => "[" + string.Join(", ", l.Select(Show)) + "]",
        DateOnly date => "Date(" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")",
        _ => value.GetType().Name + ":" + value,
    };
}
