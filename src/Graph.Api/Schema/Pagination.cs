using System.Text;
using CareerGraph.GraphQL;

namespace CareerGraph.Api.Schema;

/// <summary>
/// Relay cursor pagination over an ordered list. Cursors are opaque (base64 of the item's stable key), so a page
/// boundary survives items being added before it.
/// </summary>
public static class Pagination
{
    public const int MaxPageSize = 100;

    public static Connection<T> Page<T>(IReadOnlyList<T> ordered, Func<T, string> key, int? first, string? after)
    {
        var size = first ?? 20;
        if (size is < 1 or > MaxPageSize)
            throw new GraphQLException($"first must be between 1 and {MaxPageSize}, got {size}.");
        var start = 0;
        if (after is not null)
        {
            var wanted = Decode(after);
            var index = -1;
            for (var i = 0; i < ordered.Count && index < 0; i++)
                if (key(ordered[i]) == wanted) index = i;
            if (index < 0) throw new GraphQLException($"after: \"{after}\" is not a cursor of this list.");
            start = index + 1;
        }
        var edges = ordered.Skip(start).Take(size).Select(item => new Edge<T>(Encode(key(item)), item)).ToArray();
        return new Connection<T>(edges,
            new PageInfo(start + edges.Length < ordered.Count, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            ordered.Count);
    }

    private static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes("c:" + key));

    private static string Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("c:", StringComparison.Ordinal)) return text[2..];
        }
        catch (FormatException) { }
        throw new GraphQLException($"after: \"{cursor}\" is not a cursor of this list.");
    }
}
