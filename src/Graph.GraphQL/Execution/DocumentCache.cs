using System.Collections.Concurrent;
using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Execution;

/// <summary>A parsed and validated document (or the errors that rejected it).</summary>
public sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);

/// <summary>
/// Parsed + validated documents keyed by their exact text. Bounded: when full, the cache starts over rather than
/// tracking recency, which keeps lookups lock-free; a hot working set refills it immediately.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public PreparedDocument GetOrAdd(string text, Func<string, PreparedDocument> prepare)
    {
        if (capacity <= 0) return prepare(text);
        if (_entries.TryGetValue(text, out var cached)) return cached;
        var prepared = prepare(text);
        if (_entries.Count >= capacity) _entries.Clear();
        _entries.TryAdd(text, prepared);
        return prepared;
    }
}
