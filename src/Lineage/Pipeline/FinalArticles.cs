using Lineage.Alignment;
using Lineage.Extraction;

namespace Lineage.Pipeline;

/// <summary>
/// The articles as every stage after the furniture stage reads them: learned furniture is in
/// each article's <see cref="ExtractedDocument.Boilerplate"/> and out of its
/// <see cref="ExtractedDocument.Content"/>, its word count counts what is left, and the pairs
/// keep only the passages outside furniture, their coverage a share of those words.
/// </summary>
public sealed record FinalArticles(ExtractedDocument[] Articles, int[] Words, List<DocumentPair> Pairs);
