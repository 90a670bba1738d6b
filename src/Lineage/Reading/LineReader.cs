namespace Lineage.Reading;

/// <summary>
/// The lines of a stream as UTF-8 bytes, one at a time, never holding more than one line of at
/// most <c>maxBytes</c>: a longer line is counted to its end and given back without its bytes,
/// so a file of any size, or a line of gigabytes, is read in bounded memory. Line ends are
/// <c>\n</c> or <c>\r\n</c>; a UTF-8 byte-order mark before the first line is dropped.
/// </summary>
internal sealed class LineReader(Stream stream, long maxBytes)
{
    private readonly byte[] chunk = new byte[64 * 1024];
    private int chunkStart;
    private int chunkEnd;
    private bool atEnd;
    private bool first = true;
    private byte[] line = new byte[4096];

    /// <summary>The next line, or false at the end of the stream.</summary>
    /// <param name="bytes">The line without its end; empty when it is longer than the limit.</param>
    /// <param name="length">The line's length in bytes, whether kept or not.</param>
    public bool Next(out ReadOnlyMemory<byte> bytes, out long length)
    {
        length = 0;
        var kept = 0;
        var sawAny = false;
        while (true)
        {
            if (chunkStart == chunkEnd)
            {
                if (atEnd || !Fill()) break;
            }
            sawAny = true;
            var available = chunk.AsSpan(chunkStart, chunkEnd - chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            if (length + piece.Length <= maxBytes)
            {
                if (kept + piece.Length > line.Length)
                    Array.Resize(ref line, (int)Math.Min(Math.Min(Math.Max(line.Length * 2L, kept + piece.Length), maxBytes), Array.MaxLength));
                piece.CopyTo(line.AsSpan(kept));
                kept += piece.Length;
            }
            length += piece.Length;
            if (newline < 0)
            {
                chunkStart = chunkEnd;
                continue;
            }
            chunkStart += newline + 1;
            return Finish(out bytes, ref length, kept);
        }
        if (!sawAny)
        {
            bytes = default;
            return false;
        }
        return Finish(out bytes, ref length, kept);
    }

    private bool Finish(out ReadOnlyMemory<byte> bytes, ref long length, int kept)
    {
        var tooLong = length > maxBytes;
        if (!tooLong && kept > 0 && line[kept - 1] == '\r')
        {
            kept--;
            length--;
        }
        var start = 0;
        if (first)
        {
            first = false;
            if (!tooLong && line.AsSpan(0, kept).StartsWith("\uFEFF"u8))
            {
                start = 3;
                length -= 3;
            }
        }
        bytes = tooLong ? ReadOnlyMemory<byte>.Empty : line.AsMemory(start, kept - start);
        return true;
    }

    private bool Fill()
    {
        chunkStart = 0;
        chunkEnd = stream.Read(chunk);
        if (chunkEnd == 0) atEnd = true;
        return chunkEnd > 0;
    }
}
