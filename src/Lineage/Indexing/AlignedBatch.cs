using Lineage.Extraction;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>The pairs a batch forms (stored documents as articles, for template learning) before templates are applied.</summary>
internal sealed record AlignedBatch(List<StoredPair> Pairs, Dictionary<long, StoredArticleWords> Stored);

/// <summary>A stored document brought back as an article, with its word count.</summary>
internal sealed record StoredArticleWords(ExtractedDocument Article, int Words);
