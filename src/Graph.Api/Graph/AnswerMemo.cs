using System.Collections.Concurrent;

namespace CareerGraph.Api.Graph;

/// <summary>
/// Answers of pure graph functions, kept per snapshot: a snapshot never changes, so the same question always has
/// the same answer and need not be recomputed per request. Bounded: past <c>capacity</c> entries the memo starts
/// over, so a client asking every possible pair cannot grow memory without end.
/// </summary>
public sealed class AnswerMemo<TKey, TValue>(int capacity) where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> _answers = new();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        var answers = _answers;
        if (answers.TryGetValue(key, out var known)) return known;
        var value = compute(key);
        if (answers.Count >= capacity) Interlocked.CompareExchange(ref _answers, new ConcurrentDictionary<TKey, TValue>(), answers);
        _answers.TryAdd(key, value);
        return value;
    }
}
