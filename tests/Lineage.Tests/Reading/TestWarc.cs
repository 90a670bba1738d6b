using System.IO.Compression;
using System.Text;

namespace Lineage.Tests.Reading;

/// <summary>
/// Writes WARC/1.1 records (ISO 28500:2017) as a crawler does, and joins them plain or as one
/// gzip member per record (the .warc.gz convention, Annex D).
/// </summary>
internal sealed class TestWarc
{
    private readonly List<byte[]> records = [];

    public IReadOnlyList<byte[]> Records => records;

    public TestWarc Add(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(new Guid(records.Count + 1, 0, 0, new byte[8])).Append(">\r\n")
            .Append("WARC-Date: 2016-09-2").Append(records.Count % 10).Append("T10:00:00Z\r\n");
        if (uri is not null) header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        header.Append("Content-Type: ").Append(contentType).Append("\r\n")
              .Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        records.Add([.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public TestWarc Info() => Add("warcinfo", null, "application/warc-fields", "software: Lineage tests\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());

    public TestWarc Request(string uri) => Add("request", uri, "application/http; msgtype=request",
        Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public TestWarc Response(string uri, string headers, byte[] body) => Add("response", uri, "application/http; msgtype=response",
        [.. Encoding.ASCII.GetBytes(headers.ReplaceLineEndings("\r\n").TrimEnd() + "\r\n\r\n"), .. body]);

    public TestWarc Page(string uri, string html, int status = 200) =>
        Response(uri, $"HTTP/1.1 {status} OK\nContent-Type: text/html; charset=utf-8\nContent-Length: {Encoding.UTF8.GetByteCount(html)}", Encoding.UTF8.GetBytes(html));

    public byte[] Plain() => [.. records.SelectMany(r => r)];

    public byte[] GzipPerRecord() => [.. records.SelectMany(Gzip)];

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>The body in chunks of <paramref name="size"/> bytes, with a chunk extension and a trailer field (RFC 9112 §7.1).</summary>
    public static byte[] Chunked(byte[] body, int size)
    {
        var output = new List<byte>();
        for (var at = 0; at < body.Length; at += size)
        {
            var n = Math.Min(size, body.Length - at);
            output.AddRange(Encoding.ASCII.GetBytes($"{n:x}{(at == 0 ? ";name=value" : "")}\r\n"));
            output.AddRange(body.AsSpan(at, n).ToArray());
            output.AddRange("\r\n"u8.ToArray());
        }
        output.AddRange("0\r\nExpires: never\r\n\r\n"u8.ToArray());
        return [.. output];
    }
}
