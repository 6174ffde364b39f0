using System.Buffers;
using System.Diagnostics;

namespace CareerGraph.GraphQL.Http;

/// <summary>The response grew past its cap or outlived its deadline while being written.</summary>
internal sealed class ResponseLimitException(string message, string code) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Collects a response body in pooled memory and refuses to grow past a byte cap or past a deadline, so a query
/// whose answer is huge costs at most the cap and is answered with an error instead of a half-written body.
/// </summary>
internal sealed class CappedBufferWriter(long maxBytes, long deadlineTimestamp) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _written;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count)
    {
        _written += count;
        if (_written > maxBytes)
            throw new ResponseLimitException($"The response exceeds {maxBytes} bytes; ask for fewer items (first:) or fewer fields.", "RESPONSE_TOO_LARGE");
        if (Stopwatch.GetTimestamp() > deadlineTimestamp)
            throw new ResponseLimitException("The response could not be written before the request deadline.", "REQUEST_DEADLINE");
    }

    // Slices of at most 64 KB make the JSON writer come back often, so the cap and the deadline are checked
    // every 64 KB rather than after a doubling of the whole buffer.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint); // may replace _buffer: read it only afterwards
        return _buffer.AsMemory(start, Slice(sizeHint));
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    private int Slice(int sizeHint) => Math.Min(_buffer.Length - _written, Math.Max(sizeHint, 64 * 1024));

    public void Reset() => _written = 0;

    private int Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 64 * 1024);
        if (needed > _buffer.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, (long)_buffer.Length * 2), Array.MaxLength));
            _buffer.AsSpan(0, _written).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }
        return _written;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
