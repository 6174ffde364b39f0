using System.Text;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Model;

namespace CareerGraph.Neo4j.Graph;

/// <summary>
/// Between extracted documents and SourceDocument rows. The API serves card texts, labour functions and line
/// evidence that the graph nodes do not model, so the documents travel whole, in the public extract format.
/// </summary>
public static class SourceDocumentRows
{
    public static IReadOnlyList<SourceDocumentRow> From(IReadOnlyList<StandardDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Select((d, i) => new SourceDocumentRow(d.Source, i, ExtractFormat.Spell(d.Language),
            ExtractFormat.Spell(d.Kind), ExtractJson(d))).ToList();
    }

    /// <summary>The documents in extraction order; a row that is not a valid extract names its source.</summary>
    public static IReadOnlyList<StandardDocument> ToDocuments(IEnumerable<SourceDocumentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.OrderBy(r => r.Position).SelectMany(row =>
        {
            try
            {
                return ExtractReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(row.Extract)));
            }
            catch (Exception e) when (e is ExtractFormatException or System.Text.Json.JsonException)
            {
                throw new InvalidDataException($"SourceDocument {row.Source}: not a careergraph-extract/1 document ({e.Message})");
            }
        }).ToList();
    }

    private static string ExtractJson(StandardDocument document)
    {
        using var stream = new MemoryStream();
        ExtractWriter.Write(stream, [document]);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
