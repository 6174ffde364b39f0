namespace CareerGraph.Standards.Framework;

using System.Buffers;

internal static class TextClean
{
    /// <summary>Collapses tabs, NBSP and space runs into one space and trims: layout, not content.</summary>
    public static string Normalize(string text)
    {
        var span = text.AsSpan();
        if (span.IsEmpty) return "";
        // Most lines are already clean: return them without allocating.
        if (span[0] != ' ' && span[^1] != ' ' && !HasOtherWhitespace(span) && span.IndexOf("  ") < 0)
            return text;

        var buffer = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            var length = 0;
            var space = false;
            foreach (var ch in span)
            {
                if (char.IsWhiteSpace(ch))
                {
                    space = length > 0;
                    continue;
                }
                if (space) buffer[length++] = ' ';
                buffer[length++] = ch;
                space = false;
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Any whitespace but the plain space, as a few vectorised scans: one SearchValues over all of them falls back to
    /// a slow path for non-ASCII sets and cost more than the rest of the normalisation.
    /// </summary>
    private static bool HasOtherWhitespace(ReadOnlySpan<char> span) =>
        span.ContainsAnyInRange('\t', '\r')
        || span.ContainsAny('\u00A0', '\u0085', '\u1680')
        || span.ContainsAnyInRange('\u2000', '\u200A')
        || span.ContainsAny('\u2028', '\u2029', '\u202F')
        || span.ContainsAny('\u205F', '\u3000');
}
