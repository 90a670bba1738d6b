using System.Globalization;
using System.Text;

namespace Lineage.Reading.Warc;

/// <summary>
/// The status line and header fields of an HTTP response as a WARC response record holds it
/// (RFC 9112 §2–5), and where its body starts in the record's block.
/// </summary>
internal sealed class HttpResponse
{
    private readonly Dictionary<string, string> fields;

    private HttpResponse(int status, Dictionary<string, string> fields, int bodyOffset)
    {
        Status = status;
        this.fields = fields;
        BodyOffset = bodyOffset;
    }

    public int Status { get; }

    /// <summary>Where the body starts in the bytes parsed.</summary>
    public int BodyOffset { get; }

    public string? this[string name] => fields.GetValueOrDefault(name);

    /// <summary>The media type of Content-Type, lower case, without parameters: <c>text/html</c>.</summary>
    public string? MediaType => this["Content-Type"] is { } type ? type.Split(';', 2)[0].Trim().ToLowerInvariant() : null;

    /// <summary>The charset parameter of Content-Type (RFC 9110 §8.3.2), unquoted.</summary>
    public string? Charset
    {
        get
        {
            if (this["Content-Type"] is not { } type) return null;
            foreach (var parameter in type.Split(';').Skip(1))
            {
                var eq = parameter.IndexOf('=');
                if (eq > 0 && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                    return parameter[(eq + 1)..].Trim().Trim('"', '\'') is { Length: > 0 } charset ? charset : null;
            }
            return null;
        }
    }

    public bool IsHtml => MediaType is "text/html" or "application/xhtml+xml";

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>True when the body is sent in chunks (RFC 9112 §7.1).</summary>
    public bool IsChunked => this["Transfer-Encoding"] is { } coding && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses the head of a response. <paramref name="whole"/> says whether <paramref name="bytes"/>
    /// is the whole block: then a head with no empty line after it ends where the block ends.
    /// </summary>
    public static HttpResponse? Parse(ReadOnlySpan<byte> bytes, bool whole, out string? problem)
    {
        problem = null;
        var headEnd = HeadEnd(bytes, out var bodyOffset);
        if (headEnd < 0)
        {
            if (!whole)
            {
                problem = $"its HTTP header is longer than {bytes.Length / 1024} KB";
                return null;
            }
            headEnd = bodyOffset = bytes.Length;
        }

        // Header fields are ASCII in practice; Latin-1 keeps any other byte as one char (RFC 9110 §5.5).
        var lines = Encoding.Latin1.GetString(bytes[..headEnd]).Split('\n');
        var statusLine = lines[0].TrimEnd('\r');
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            problem = $"its block is not an HTTP response (first line '{(statusLine.Length > 60 ? statusLine[..60] + "…" : statusLine)}')";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var raw in lines.AsSpan(1))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line[0] is ' ' or '\t' && last is not null)
            {
                fields[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            // A field sent twice is one comma-separated list (RFC 9110 §5.3).
            fields[last] = fields.TryGetValue(last, out var earlier) ? earlier + ", " + value : value;
        }
        return new HttpResponse(status, fields, bodyOffset);
    }

    /// <summary>The length of the head (status line and fields); -1 when no empty line ends it.</summary>
    private static int HeadEnd(ReadOnlySpan<byte> bytes, out int bodyOffset)
    {
        for (var i = bytes.IndexOf((byte)'\n'); i >= 0;)
        {
            var next = i + 1;
            if (next < bytes.Length && bytes[next] == '\n')
            {
                bodyOffset = next + 1;
                return i;
            }
            if (next + 1 < bytes.Length && bytes[next] == '\r' && bytes[next + 1] == '\n')
            {
                bodyOffset = next + 2;
                return i;
            }
            var after = bytes[next..].IndexOf((byte)'\n');
            i = after < 0 ? -1 : next + after;
        }
        bodyOffset = -1;
        return -1;
    }
}
