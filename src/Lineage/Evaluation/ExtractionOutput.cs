using Lineage.Extraction;

namespace Lineage.Evaluation;

/// <summary>What an extractor gives for one page: the article text and, when it reads any, the page's metadata.</summary>
public sealed record ExtractionOutput(string Text, PageMetadata? Metadata);
