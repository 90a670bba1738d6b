using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Storage;

/// <summary>
/// One document as a store keeps it: what was read (name, path, text, format and the metadata the
/// input declared), what extraction found (article map, boilerplate, metadata, word count) and how
/// many fingerprints it posted. <see cref="Text"/> is the decoded original text every stored
/// offset indexes, so a stored document can be shown and aligned after its file has moved.
/// </summary>
public sealed record StoredDocument
{
    /// <summary>The store's number for it, in the order documents were added.</summary>
    public required long Key { get; init; }

    /// <summary>Its id, unique in the store (the scan id, with a suffix when another document already had it).</summary>
    public required string Name { get; init; }

    public required string Path { get; init; }

    /// <summary>SHA-256 of its text (<see cref="ContentHash"/>).</summary>
    public required byte[] ContentHash { get; init; }

    public required DocumentFormat Format { get; init; }

    public string Encoding { get; init; } = "utf-8";

    public int? Line { get; init; }

    /// <summary>Metadata the input declared (JSONL fields, WARC headers), as <see cref="Document"/> holds it.</summary>
    public string? Url { get; init; }

    public string? Site { get; init; }

    public string? Date { get; init; }

    public string? Title { get; init; }

    public required string Text { get; init; }

    /// <summary>The article view as a compact map over <see cref="Text"/> (see <c>ContentMap</c>).</summary>
    public required byte[] Content { get; init; }

    public required IReadOnlyList<TextSpan> Boilerplate { get; init; }

    public required ArticleMetadata Metadata { get; init; }

    /// <summary>Article words (boilerplate left out).</summary>
    public required int Words { get; init; }

    /// <summary>Distinct fingerprints posted for it.</summary>
    public required int Fingerprints { get; init; }

    public DateTimeOffset Added { get; init; } = DateTimeOffset.UtcNow;
}
