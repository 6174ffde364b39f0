namespace CareerGraph.Standards.Extraction;

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CareerGraph.Standards.Reading;

/// <summary>Why a file's bytes are not a readable text: a one-line reason and the line when known.</summary>
public sealed record DecodeFailure(string Message, int? Line);

/// <summary>
/// Strict UTF-8 decoding of a source file (a UTF-8 BOM is accepted and dropped). Everything else is refused with a
/// reason that says what the bytes look like: empty, UTF-16/UTF-32, binary (NUL or other control bytes), or a
/// single-byte code page such as Windows-1251 (Cyrillic) — never silently mis-decoded.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText? Decode(string fileName, ReadOnlySpan<byte> bytes, out DecodeFailure? failure)
    {
        failure = Check(bytes);
        if (failure is not null) return null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            failure = InvalidUtf8(bytes);
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            failure = new DecodeFailure("the file holds only whitespace", null);
            return null;
        }
        var control = FirstControl(text);
        if (control >= 0)
        {
            failure = new DecodeFailure(
                $"binary or corrupted text: control character U+{(int)text[control]:X4} (a text standard has none)",
                LineOf(text, control));
            return null;
        }
        return new SourceText(fileName, text);
    }

    private static DecodeFailure? Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return new DecodeFailure("the file is empty", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            return new DecodeFailure("the text is UTF-32 (it has a UTF-32 byte-order mark); save it as UTF-8", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodeFailure("the text is UTF-16 little-endian (it has a UTF-16 byte-order mark); save it as UTF-8", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodeFailure("the text is UTF-16 big-endian (it has a UTF-16 byte-order mark); save it as UTF-8", null);

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return LooksLikeUtf16(bytes, out var bigEndian)
                ? new DecodeFailure($"the text looks like UTF-16 {(bigEndian ? "big" : "little")}-endian without a byte-order mark; save it as UTF-8", null)
                : new DecodeFailure("binary data, not text: NUL byte", LineOfByte(bytes, nul));
        }

        return null;
    }

    /// <summary>Why bytes the strict decoder refused are not UTF-8: cut short, damaged, or another encoding.</summary>
    private static DecodeFailure InvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        if (status == OperationStatus.NeedMoreData)
            return new DecodeFailure("the file ends in the middle of a UTF-8 character: it was cut short", LineOfByte(bytes, read));
        if (status != OperationStatus.Done)
        {
            var (valid, invalid) = CountSequences(bytes);
            var bad = bytes[read];
            return valid >= invalid
                ? new DecodeFailure($"damaged UTF-8: {invalid} invalid byte sequence(s), the first is 0x{bad:X2}", LineOfByte(bytes, read))
                : new DecodeFailure($"not UTF-8 (invalid byte 0x{bad:X2}); it looks like {GuessSingleByte(bytes)}; save it as UTF-8",
                    LineOfByte(bytes, read));
        }
        return new DecodeFailure("damaged UTF-8", null);
    }

    /// <summary>
    /// UTF-16 text of Latin/Cyrillic script has a high byte of 0x00 (Latin) or 0x04 (Cyrillic) in every other
    /// position, and few NULs in the others; a block of NULs (binary) has them in both.
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        int evenHigh = 0, oddHigh = 0, evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] is 0 or 4) evenHigh++;
            if (sample[i + 1] is 0 or 4) oddHigh++;
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        var pairs = sample.Length / 2;
        bigEndian = evenHigh > oddHigh;
        var (high, otherNul) = bigEndian ? (evenHigh, oddNul) : (oddHigh, evenNul);
        return pairs >= 4 && high > pairs * 0.6 && otherNul < pairs * 0.2;
    }

    /// <summary>
    /// A single-byte Cyrillic code page puts most letters in 0xC0–0xFF (Windows-1251) or, for KOI8-R, also there but
    /// with upper-case letters dominating; Latin-1 text has few high bytes. Only a hint for the message.
    /// </summary>
    private static string GuessSingleByte(ReadOnlySpan<byte> bytes)
    {
        int high = 0, letters = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80) high++;
            if (b >= 0xC0) letters++;
        }
        if (high > 0 && letters >= high * 0.7) return "Windows-1251 (single-byte Cyrillic)";
        return "a single-byte code page (Windows-125x / ISO-8859)";
    }

    /// <summary>Well-formed non-ASCII UTF-8 sequences against invalid ones: mostly valid means damaged UTF-8.</summary>
    private static (int Valid, int Invalid) CountSequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != OperationStatus.Done) invalid++;
            else if (consumed > 1) valid++;
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return (valid, invalid);
    }

    private static int FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f') return i;
            if (c == 0x7F) return i;
        }
        return -1;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static int LineOfByte(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;
}
