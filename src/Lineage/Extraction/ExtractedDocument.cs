using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// A document read as an article: the view of its article text (what reuse detection compares),
/// the spans of the original text that are boilerplate, and its metadata.
/// </summary>
public sealed record ExtractedDocument
{
    public required Document Document { get; init; }

    /// <summary>The article's words: the document's view without its boilerplate, mapped to the original text.</summary>
    public required TextView Content { get; init; }

    /// <summary>Spans of the original text that are site furniture, in order, not overlapping.</summary>
    public required IReadOnlyList<TextSpan> Boilerplate { get; init; }

    public required ArticleMetadata Metadata { get; init; }

    /// <summary>The article text as a reader would copy it: blocks separated by line breaks.</summary>
    public string ArticleText => Content.Chars;
}
