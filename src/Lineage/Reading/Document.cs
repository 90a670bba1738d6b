using Lineage.Text;

namespace Lineage.Reading;

/// <summary>
/// One article as read: its original text (the decoded file, a JSONL line's text field, the text
/// pdftotext extracts from a PDF, or a WARC record's decoded HTML payload), which every offset
/// Lineage reports indexes, and the view of it that holds the words.
/// </summary>
public sealed class Document
{
    public required string Id { get; init; }

    /// <summary>The file it came from, as the user named it (for a WARC, the archive).</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The decoded text of the original file. For JSONL, the line's text field; for PDF, pdftotext's
    /// output with pages joined by one line end (there is no way back to positions in the PDF); for
    /// WARC, the record's HTTP payload, dechunked, decompressed and decoded.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>The words-bearing chars of <see cref="Text"/>, mapped back to it.</summary>
    public required TextView View { get; init; }

    public required DocumentFormat Format { get; init; }

    /// <summary>1-based line number for a document read from a JSONL file.</summary>
    public int? Line { get; init; }

    /// <summary>The page's address: a JSONL field, or a WARC record's WARC-Target-URI.</summary>
    public string? Url { get; init; }

    public string? Site { get; init; }

    /// <summary>A JSONL field, or a WARC record's WARC-Date (when the page was captured).</summary>
    public string? Date { get; init; }

    public string? Title { get; init; }

    /// <summary>The encoding the file was decoded with.</summary>
    public string Encoding { get; init; } = "utf-8";

    public override string ToString() => Id;
}
