using System.Text;

namespace Lineage.Reading.Warc;

/// <summary>
/// Reads WARC records one after another from a stream, never holding more than one buffer and
/// the block asked for: a version line, named fields, an empty line, then Content-Length bytes of
/// block followed by two line ends (ISO 28500:2017 §4). Lines may end in CRLF or a bare LF, and
/// blank lines between records are passed over, as real crawls are not always exact.
/// </summary>
internal sealed class WarcRecordReader(Stream stream)
{
    /// <summary>A longer header line is not WARC: stop rather than read a binary file into memory.</summary>
    private const int MaxLineBytes = 64 * 1024;

    private const int MaxFields = 1000;

    private readonly byte[] buffer = new byte[128 * 1024];
    private int start;
    private int end;
    private long consumed;

    /// <summary>Where the record last begun starts in the stream: its version line, after any blank lines.</summary>
    public long RecordStart { get; private set; }

    /// <summary>True while a header is being read, so a failure belongs to a record not yet counted.</summary>
    public bool InHeader { get; private set; }

    /// <summary>The next record's header; null at the end of the stream.</summary>
    /// <exception cref="WarcFormatException">The stream ends inside the header, or holds no WARC header here.</exception>
    public WarcRecordHeader? ReadHeader()
    {
        InHeader = true;
        string? line;
        bool terminated;
        do
        {
            RecordStart = consumed;
            line = ReadLine(out terminated);
            if (line is null || (!terminated && line.Trim().Length == 0))
            {
                InHeader = false;
                return null;
            }
        }
        while (line.Trim().Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            throw new WarcFormatException($"expected a WARC version line (WARC/1.0), found '{Shorten(line)}'");
        if (!terminated) throw TruncatedHeader();

        var version = line.Trim();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            line = ReadLine(out terminated);
            if (line is null || !terminated) throw TruncatedHeader();
            if (line.Length == 0) break;
            if (line[0] is ' ' or '\t' && last is not null)
            {
                // A folded line goes on with the field above it (§4, as in RFC 2616 §2.2).
                fields[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new WarcFormatException($"malformed header line '{Shorten(line)}' (no 'Name: value')");
            if (fields.Count == MaxFields) throw new WarcFormatException($"more than {MaxFields} header fields");
            last = line[..colon].Trim();
            fields[last] = line[(colon + 1)..].Trim();
        }

        if (WarcRecordHeader.ParseLength(fields.GetValueOrDefault("Content-Length")) is not { } length)
            throw new WarcFormatException("no valid Content-Length in the record header, so the next record cannot be found");
        InHeader = false;
        return new WarcRecordHeader(version, fields, length);
    }

    /// <summary>Fills <paramref name="destination"/> from the block.</summary>
    /// <exception cref="WarcFormatException">The stream ends first.</exception>
    public void ReadBlock(Span<byte> destination, long blockLength)
    {
        var done = 0;
        while (done < destination.Length)
        {
            if (start == end && !Fill()) throw TruncatedBlock(blockLength, destination.Length - done);
            var n = Math.Min(end - start, destination.Length - done);
            buffer.AsSpan(start, n).CopyTo(destination[done..]);
            Advance(n);
            done += n;
        }
    }

    /// <summary>Reads past <paramref name="count"/> bytes of the block without keeping them.</summary>
    /// <exception cref="WarcFormatException">The stream ends first.</exception>
    public void SkipBlock(long count, long blockLength)
    {
        while (count > 0)
        {
            if (start == end && !Fill()) throw TruncatedBlock(blockLength, count);
            var n = (int)Math.Min(end - start, count);
            Advance(n);
            count -= n;
        }
    }

    /// <summary>One line without its line end; null at the end of the stream. A line the stream cuts short comes back unterminated.</summary>
    private string? ReadLine(out bool terminated)
    {
        var scanned = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = scanned + newline;
                var text = Decode(buffer.AsSpan(start, length));
                Advance(length + 1);
                terminated = true;
                return text;
            }
            scanned = end - start;
            if (scanned > MaxLineBytes) throw new WarcFormatException($"a header line longer than {MaxLineBytes / 1024} KB: not WARC data");
            if (!Fill())
            {
                terminated = false;
                if (start == end) return null;
                var rest = Decode(buffer.AsSpan(start, end - start));
                Advance(end - start);
                return rest;
            }
        }
    }

    private static string Decode(ReadOnlySpan<byte> line)
    {
        if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
        // Field values may be UTF-8 (WARC/1.1 §4); invalid bytes become U+FFFD rather than an error.
        return Encoding.UTF8.GetString(line);
    }

    /// <summary>Reads more of the stream after what is buffered; false at its end.</summary>
    private bool Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length) return true;
        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read > 0;
    }

    private void Advance(int count)
    {
        start += count;
        consumed += count;
    }

    private static WarcFormatException TruncatedHeader() => new("the data ends inside the record header (truncated file?)");

    private static WarcFormatException TruncatedBlock(long blockLength, long missing) =>
        new($"the data ends inside the record: {missing} of its {blockLength} bytes are missing (truncated file?)");

    private static string Shorten(string line)
    {
        var printable = new string(line.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return line.Length > 60 ? printable + "…" : printable;
    }
}
