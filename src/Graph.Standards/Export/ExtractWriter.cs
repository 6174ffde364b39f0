namespace CareerGraph.Standards.Export;

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerGraph.Standards.Model;

/// <summary>
/// Writes documents in the public format «careergraph-extract/1» (see docs/extract-format.md): streaming UTF-8,
/// indented, Cyrillic left unescaped. Flushes after every document so memory stays bounded by one document.
/// </summary>
public static class ExtractWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Kazakh and Russian text must stay readable in the file; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IEnumerable<StandardDocument> documents)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("format", ExtractFormat.Id);
        w.WriteStartArray("documents");
        foreach (var doc in documents)
        {
            WriteDocument(w, doc);
            w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteDocument(Utf8JsonWriter w, StandardDocument d)
    {
        w.WriteStartObject();
        w.WriteString("source", d.Source);
        w.WriteString("language", ExtractFormat.Spell(d.Language));
        w.WriteString("kind", ExtractFormat.Spell(d.Kind));
        w.WriteString("title", d.Title);
        w.WriteString("code", d.Code);
        Strings(w, "oked", d.Oked);
        w.WriteString("version", d.Version);
        w.WriteString("approval", d.Approval);
        w.WriteBoolean("repealed", d.Repealed);
        w.WriteString("repeal", d.Repeal);
        if (d.ApprovedOn is { } approvedOn) w.WriteString("approvedOn", approvedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("approvedOn");
        w.WriteStartArray("relations");
        foreach (var r in d.Relations)
        {
            w.WriteStartObject();
            w.WriteString("kind", ExtractFormat.Spell(r.Kind));
            w.WriteString("order", r.Order);
            if (r.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            else w.WriteNull("date");
            w.WriteString("source", r.Source);
            w.WriteNumber("line", r.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("act");
        if (d.Act is null) w.WriteNullValue();
        else
        {
            w.WriteStartObject();
            w.WriteString("id", d.Act.Id);
            w.WriteString("folder", d.Act.Folder);
            w.WriteString("appendix", d.Act.Appendix);
            w.WriteEndObject();
        }
        w.WriteStartArray("cards");
        foreach (var card in d.Cards) WriteCard(w, card);
        w.WriteEndArray();
        w.WritePropertyName("framework");
        if (d.Framework is null) w.WriteNullValue();
        else WriteFramework(w, d.Framework);
        w.WriteStartArray("warnings");
        foreach (var warning in d.Warnings)
        {
            w.WriteStartObject();
            w.WriteNumber("line", warning.Line);
            w.WriteString("message", warning.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Repairs(w, d.Repairs);
        w.WriteEndObject();
    }

    private static void WriteCard(Utf8JsonWriter w, Card c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteNumber("seq", c.Seq);
        NullableNumber(w, "paragraph", c.Paragraph);
        w.WriteString("title", c.Title);
        w.WriteString("nameField", c.NameField);
        w.WriteString("groupCode", c.GroupCode);
        w.WriteString("occupationCode", c.OccupationCode);
        NullableNumber(w, "level", c.Level);
        // Only a card printed at several levels has the list; one-level cards keep the format they always had.
        if (c.Levels.Count > 0)
        {
            w.WriteStartArray("levels");
            foreach (var l in c.Levels) w.WriteNumberValue(l);
            w.WriteEndArray();
        }
        w.WriteString("sublevel", c.Sublevel);
        OptionalStrings(w, "items", c.Items);
        w.WriteString("typicalQualification", c.TypicalQualification);
        w.WriteString("education", c.Education);
        w.WriteString("experience", c.Experience);
        if (c.Handbook is not null) w.WriteString("handbook", c.Handbook);
        w.WriteStartArray("otherNames");
        foreach (var o in c.OtherNames)
        {
            w.WriteStartObject();
            w.WriteString("code", o.Code);
            w.WriteString("name", o.Name);
            Lines(w, o.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("purpose", c.Purpose);
        w.WriteStartArray("laborFunctions");
        foreach (var f in c.LaborFunctions) WriteFunction(w, f);
        w.WriteEndArray();
        w.WriteStartArray("categories");
        foreach (var cat in c.Categories)
        {
            w.WriteStartObject();
            w.WriteString("name", cat.Name);
            w.WriteString("requirements", cat.Requirements);
            Items(w, "abilities", cat.Abilities);
            Lines(w, cat.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Items(w, "personalCompetencies", c.PersonalCompetencies);
        Items(w, "standardsRefs", c.StandardsRefs);
        w.WriteStartArray("links");
        foreach (var link in c.Links)
        {
            w.WriteStartObject();
            NullableNumber(w, "level", link.Level);
            if (link.LevelPrinted is { } printed) w.WriteString("levelPrinted", printed);
            if (link.Direction is { } direction) w.WriteString("direction", ExtractFormat.Spell(direction));
            OptionalStrings(w, "items", link.Items);
            w.WriteString("code", link.Code);
            w.WriteString("name", link.Name);
            Lines(w, link.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Lines(w, c.Lines);
        Repairs(w, c.Repairs);
        w.WriteEndObject();
    }

    /// <summary>An optional list of strings: written only when it has any, so texts without it export as before.</summary>
    private static void OptionalStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteFunction(Utf8JsonWriter w, LaborFunction f)
    {
        w.WriteStartObject();
        w.WriteString("kind", ExtractFormat.Spell(f.Kind));
        w.WriteNumber("n", f.N);
        w.WriteString("title", f.Title);
        w.WriteStartArray("skills");
        foreach (var s in f.Skills)
        {
            w.WriteStartObject();
            w.WriteNumber("n", s.N);
            w.WriteString("title", s.Title);
            Items(w, "abilities", s.Abilities);
            Items(w, "knowledge", s.Knowledge);
            Lines(w, s.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Lines(w, f.Lines);
        w.WriteEndObject();
    }

    private static void WriteFramework(Utf8JsonWriter w, Framework framework)
    {
        w.WriteStartObject();
        w.WriteStartArray("areas");
        foreach (var area in framework.Areas)
        {
            w.WriteStartObject();
            w.WriteString("number", area.Number);
            w.WriteString("title", area.Title);
            w.WriteStartArray("levels");
            foreach (var l in area.Levels)
            {
                w.WriteStartObject();
                w.WriteNumber("level", l.Level);
                w.WriteString("raw", l.RawLevel);
                w.WriteString("national", l.NationalLevel);
                w.WriteBoolean("inferred", l.LevelInferred);
                w.WriteStartObject("descriptors");
                w.WriteString("competencies", l.Competencies);
                w.WriteString("skills", l.Skills);
                w.WriteString("knowledge", l.Knowledge);
                w.WriteEndObject();
                Lines(w, l.Lines);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Lines(w, area.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Printed items as plain strings (the contract), with their source lines alongside in "{name}Lines" so a
    /// reader can rebuild them exactly.
    /// </summary>
    private static void Items(Utf8JsonWriter w, string name, IReadOnlyList<TextItem> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(item.Text);
        w.WriteEndArray();
        w.WriteStartArray(name + "Lines");
        foreach (var item in items) Range(w, item.Lines);
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Repairs(Utf8JsonWriter w, IReadOnlyList<Repair> repairs)
    {
        w.WriteStartArray("repairs");
        foreach (var r in repairs)
        {
            w.WriteStartObject();
            w.WriteString("field", r.Field);
            w.WriteString("from", r.From);
            w.WriteString("detail", r.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Lines(Utf8JsonWriter w, LineRange lines)
    {
        w.WritePropertyName("lines");
        Range(w, lines);
    }

    private static void Range(Utf8JsonWriter w, LineRange lines)
    {
        w.WriteStartArray();
        w.WriteNumberValue(lines.First);
        w.WriteNumberValue(lines.Last);
        w.WriteEndArray();
    }
}
