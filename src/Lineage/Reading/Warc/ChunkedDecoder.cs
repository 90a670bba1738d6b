namespace Lineage.Reading.Warc;

/// <summary>
/// Undoes chunked transfer coding (RFC 9112 §7.1): hex size, optional extensions, CRLF, that many
/// bytes, CRLF, …, a zero-size chunk, optional trailer fields. The output is never longer than
/// the input, so it needs no limit of its own.
/// </summary>
internal static class ChunkedDecoder
{
    /// <summary>The chunks' data in order, and whether the body ended with its last-chunk.</summary>
    internal readonly record struct Decoded(byte[] Bytes, bool Complete);

    /// <summary>
    /// Null when <paramref name="body"/> does not begin with a chunk-size line: some crawlers store the
    /// payload already de-chunked and keep the Transfer-Encoding header, so the body is taken as it is.
    /// </summary>
    public static Decoded? Decode(ReadOnlySpan<byte> body)
    {
        if (!TryChunkSize(body, out _, out _)) return null;
        var output = new byte[body.Length];
        var written = 0;
        var at = 0;
        while (TryChunkSize(body[at..], out var size, out var lineLength))
        {
            at += lineLength;
            if (size == 0) return new Decoded(output[..written], Complete: true);
            var available = body.Length - at;
            if (size > available)
            {
                // Cut short (WARC-Truncated, or a crawler's size limit): keep what arrived.
                body.Slice(at, available).CopyTo(output.AsSpan(written));
                return new Decoded(output[..(written + available)], Complete: false);
            }
            body.Slice(at, (int)size).CopyTo(output.AsSpan(written));
            written += (int)size;
            at += (int)size;
            if (body[at..].StartsWith("\r\n"u8)) at += 2;
            else if (body[at..].StartsWith("\n"u8)) at += 1;
        }
        return new Decoded(output[..written], Complete: false);
    }

    /// <summary>Reads <c>1*HEXDIG [ ; ext ] CRLF</c>; false when the bytes do not start with one.</summary>
    private static bool TryChunkSize(ReadOnlySpan<byte> bytes, out long size, out int lineLength)
    {
        size = 0;
        lineLength = 0;
        var i = 0;
        while (i < bytes.Length && i < 15 && HexValue(bytes[i]) is var digit and >= 0)
        {
            size = size * 16 + digit;
            i++;
        }
        if (i == 0) return false;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t') i++;
        if (i < bytes.Length && bytes[i] == ';')
            while (i < bytes.Length && bytes[i] != '\n' && i < 4096) i++;
        if (i < bytes.Length && bytes[i] == '\r') i++;
        if (i >= bytes.Length || bytes[i] != '\n') return false;
        lineLength = i + 1;
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
