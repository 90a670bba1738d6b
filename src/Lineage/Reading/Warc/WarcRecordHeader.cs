using System.Globalization;

namespace Lineage.Reading.Warc;

/// <summary>
/// The header of one WARC record: its version line and named fields (ISO 28500:2017 §5), with
/// the fields Lineage uses named. Field names are case-insensitive (§4).
/// </summary>
internal sealed class WarcRecordHeader
{
    private readonly Dictionary<string, string> fields;

    public WarcRecordHeader(string version, Dictionary<string, string> fields, long contentLength)
    {
        Version = version;
        this.fields = fields;
        ContentLength = contentLength;
    }

    /// <summary>E.g. <c>WARC/1.0</c> or <c>WARC/1.1</c>.</summary>
    public string Version { get; }

    /// <summary>Length of the record's block in bytes (§5.3, mandatory).</summary>
    public long ContentLength { get; }

    /// <summary><c>warcinfo</c>, <c>response</c>, <c>request</c>, <c>metadata</c>, <c>revisit</c>, … (§5.5).</summary>
    public string? Type => this["WARC-Type"];

    /// <summary>The page's address, without the angle brackets WARC/1.0 writers sometimes put round it (§5.6).</summary>
    public string? TargetUri => this["WARC-Target-URI"]?.Trim('<', '>', ' ');

    /// <summary>When the page was captured: a W3C-ISO8601 timestamp (§5.4).</summary>
    public string? Date => this["WARC-Date"];

    public string? RecordId => this["WARC-Record-ID"];

    /// <summary>What the block holds; <c>application/http; msgtype=response</c> for an HTTP response (§5.8).</summary>
    public string? ContentType => this["Content-Type"];

    public string? this[string name] => fields.GetValueOrDefault(name);

    /// <summary>Content-Length as a count of bytes; null when missing or not a non-negative integer.</summary>
    public static long? ParseLength(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null;
}
