namespace CareerGraph.Standards.Export;

using System.Text.Json;
using CareerGraph.Standards.Model;

/// <summary>A file that is not valid «careergraph-extract/1»: where (a JSON pointer) and why, in one line.</summary>
public sealed class ExtractFormatException(string pointer, string reason)
    : Exception($"{(pointer.Length == 0 ? "/" : pointer)}: {reason}")
{
    public string Pointer { get; } = pointer;
}

/// <summary>
/// Reads «careergraph-extract/1» back into the model (snapshots for the API). Strict about the fields the format
/// requires; ignores fields it does not know, so later additive fields do not break old readers.
/// </summary>
public static class ExtractReader
{
    public static IReadOnlyList<StandardDocument> Read(Stream input)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(input);
        }
        catch (JsonException e)
        {
            throw new ExtractFormatException("", $"not JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        using (json) return Read(new Node(json.RootElement, ""));
    }

    private static IReadOnlyList<StandardDocument> Read(Node root)
    {
        var format = root.Prop("format").String();
        if (format != ExtractFormat.Id)
            throw new ExtractFormatException("/format", $"expected \"{ExtractFormat.Id}\", found \"{format}\"");
        return root.Prop("documents").Array(Document);
    }

    private static StandardDocument Document(Node d) => new StandardDocument(
        Source: d.Prop("source").String(),
        Language: d.Prop("language").Enum(ExtractFormat.Spell, Enum.GetValues<Language>()),
        Kind: d.Prop("kind").Enum(ExtractFormat.Spell, Enum.GetValues<DocumentKind>()),
        Title: d.Prop("title").String(),
        Code: d.Prop("code").StringOrNull(),
        Oked: d.Prop("oked").Array(n => n.String()),
        Version: d.Prop("version").StringOrNull(),
        Approval: d.Prop("approval").StringOrNull(),
        Repealed: d.Prop("repealed").Bool(),
        Cards: d.Prop("cards").Array(Card),
        Framework: d.Prop("framework").IsNull ? null : Framework(d.Prop("framework")),
        Warnings: d.Prop("warnings").Array(w => new SourceWarning(w.Prop("line").Int(), w.Prop("message").String())),
        Repairs: d.OptionalArray("repairs", Repair),
        Repeal: d.Optional("repeal")?.StringOrNull(),
        Act: d.Optional("act") is { IsNull: false } act
            ? new ActFolder(act.Prop("id").String(), act.Prop("folder").String(), act.Prop("appendix").StringOrNull())
            : null)
    {
        ApprovedOn = Date(d.Optional("approvedOn")?.StringOrNull()),
        Relations = d.OptionalArray("relations", r => new ActRelation(
            r.Prop("kind").Enum(ExtractFormat.Spell, Enum.GetValues<ActRelationKind>()),
            r.Prop("order").String(),
            Date(r.Prop("date").StringOrNull()),
            r.Prop("source").String(),
            r.Prop("line").Int())),
    };

    // The schema's "format": "date" pattern has already been checked; a value it lets through is still a date.
    private static DateOnly? Date(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Card Card(Node c)
    {
        var lines = c.Prop("lines").Range();
        return new Card(
            Id: c.Prop("id").String(),
            Seq: c.Prop("seq").Int(),
            Paragraph: c.Prop("paragraph").IntOrNull(),
            Title: c.Prop("title").String(),
            NameField: c.Prop("nameField").StringOrNull(),
            GroupCode: c.Prop("groupCode").StringOrNull(),
            OccupationCode: c.Prop("occupationCode").StringOrNull(),
            Level: c.Prop("level").IntOrNull(),
            Sublevel: c.Prop("sublevel").StringOrNull(),
            TypicalQualification: c.Optional("typicalQualification")?.StringOrNull(),
            Education: c.Prop("education").String(),
            Experience: c.Prop("experience").StringOrNull(),
            OtherNames: c.Prop("otherNames").Array(o =>
                new OtherName(o.Prop("code").StringOrNull(), o.Prop("name").String(), o.LinesOr(lines))),
            Purpose: c.Prop("purpose").String(),
            LaborFunctions: c.Prop("laborFunctions").Array(f => Function(f, lines)),
            Categories: c.Prop("categories").Array(k =>
            {
                var own = k.LinesOr(lines);
                return new CategoryBlock(k.Prop("name").String(), k.Prop("requirements").StringOrNull(),
                    k.Items("abilities", own), own);
            }),
            PersonalCompetencies: c.Items("personalCompetencies", lines),
            StandardsRefs: c.Items("standardsRefs", lines),
            Links: c.Prop("links").Array(l =>
                new ProfessionLink(l.Prop("level").IntOrNull(), l.Prop("code").StringOrNull(), l.Prop("name").String(), l.LinesOr(lines))
                {
                    Direction = l.Optional("direction") is { } direction
                        ? direction.Enum(ExtractFormat.Spell, Enum.GetValues<LinkDirection>())
                        : null,
                    Items = l.OptionalArray("items", n => n.String()),
                    LevelPrinted = l.Optional("levelPrinted")?.String(),
                }),
            Lines: lines,
            Repairs: c.Prop("repairs").Array(Repair))
        {
            Levels = c.OptionalArray("levels", n => n.Int()),
            Handbook = c.Optional("handbook")?.StringOrNull(),
            Items = c.OptionalArray("items", n => n.String()),
        };
    }

    private static LaborFunction Function(Node f, LineRange cardLines)
    {
        var lines = f.LinesOr(cardLines);
        return new LaborFunction(
            f.Prop("kind").Enum(ExtractFormat.Spell, Enum.GetValues<LaborFunctionKind>()),
            f.Prop("n").Int(),
            f.Prop("title").String(),
            f.Prop("skills").Array(s =>
            {
                var own = s.LinesOr(lines);
                return new Skill(s.Prop("n").Int(), s.Prop("title").String(),
                    s.Items("abilities", own), s.Items("knowledge", own), own);
            }),
            lines);
    }

    private static Framework Framework(Node f) => new(f.Prop("areas").Array(a =>
    {
        var levels = a.Prop("levels").Array(l =>
        {
            var descriptors = l.Prop("descriptors");
            return new LevelDescriptor(
                l.Prop("level").Int(),
                l.Optional("raw")?.StringOrNull(),
                l.Optional("national")?.StringOrNull(),
                l.Optional("inferred")?.Bool() ?? false,
                descriptors.Prop("competencies").String(),
                descriptors.Prop("skills").String(),
                descriptors.Prop("knowledge").String(),
                l.LinesOr(default));
        });
        return new FrameworkArea(a.Optional("number")?.String() ?? "", a.Prop("title").String(), levels,
            a.LinesOr(default));
    }));

    private static Repair Repair(Node r) =>
        new(r.Prop("field").String(), r.Prop("from").String(), r.Optional("detail")?.StringOrNull());

    /// <summary>A JSON value with its JSON pointer, so every error says where it is.</summary>
    private readonly record struct Node(JsonElement Element, string Pointer)
    {
        public bool IsNull => Element.ValueKind == JsonValueKind.Null;

        public Node Prop(string name) =>
            Optional(name) ?? throw new ExtractFormatException(Pointer, $"missing required field \"{name}\"");

        public Node? Optional(string name)
        {
            Expect(JsonValueKind.Object);
            return Element.TryGetProperty(name, out var value) ? new Node(value, $"{Pointer}/{name}") : null;
        }

        public string String()
        {
            Expect(JsonValueKind.String);
            return Element.GetString()!;
        }

        public string? StringOrNull() => IsNull ? null : String();

        public bool Bool() => Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Wrong("a boolean"),
        };

        public int Int()
        {
            Expect(JsonValueKind.Number);
            return Element.TryGetInt32(out var value) ? value : throw Wrong("an integer");
        }

        public int? IntOrNull() => IsNull ? null : Int();

        public T Enum<T>(Func<T, string> spell, T[] values) where T : struct
        {
            var text = String();
            foreach (var v in values)
                if (spell(v) == text) return v;
            throw new ExtractFormatException(Pointer, $"unknown value \"{text}\"");
        }

        public IReadOnlyList<T> Array<T>(Func<Node, T> read)
        {
            Expect(JsonValueKind.Array);
            var list = new List<T>(Element.GetArrayLength());
            var i = 0;
            foreach (var item in Element.EnumerateArray()) list.Add(read(new Node(item, $"{Pointer}/{i++}")));
            return list;
        }

        public IReadOnlyList<T> OptionalArray<T>(string name, Func<Node, T> read) =>
            Optional(name) is { } node ? node.Array(read) : [];

        public LineRange Range()
        {
            var pair = Array(n => n.Int());
            if (pair.Count != 2) throw Wrong("[first, last] line numbers");
            return new LineRange(pair[0], pair[1]);
        }

        public LineRange LinesOr(LineRange fallback) => Optional("lines")?.Range() ?? fallback;

        /// <summary>Printed items: the strings, with lines from "{name}Lines" when present, else the parent's.</summary>
        public IReadOnlyList<TextItem> Items(string name, LineRange parent)
        {
            var texts = Prop(name).Array(n => n.String());
            var lines = Optional(name + "Lines")?.Array(n => n.Range());
            if (lines is not null && lines.Count != texts.Count)
                throw new ExtractFormatException($"{Pointer}/{name}Lines", $"has {lines.Count} entries for {texts.Count} items");
            return [.. texts.Select((t, i) => new TextItem(t, lines?[i] ?? parent))];
        }

        private void Expect(JsonValueKind kind)
        {
            if (Element.ValueKind != kind) throw Wrong(kind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                JsonValueKind.String => "a string",
                _ => "a number",
            });
        }

        private ExtractFormatException Wrong(string expected) =>
            new(Pointer, $"expected {expected}, found {Element.ValueKind.ToString().ToLowerInvariant()}");
    }
}
