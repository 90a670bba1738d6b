using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>Where a quotation occurs: the quoted words' span in the original text and who the sentence says spoke.</summary>
public sealed record QuoteOccurrence(int Document, TextSpan Span, string Text, string? Speaker);

/// <summary>One wording of a quotation, where it occurs, and the words that set it apart from the cluster's main wording.</summary>
public sealed record QuoteVariant(string Text, IReadOnlyList<QuoteOccurrence> Occurrences, IReadOnlyList<string> DifferingWords);

/// <summary>
/// A quotation and its variants across documents (MemeTracker's phrase clusters, Leskovec et al.
/// 2009): the first variant is the most widespread wording.
/// </summary>
public sealed record QuoteCluster(int Id, IReadOnlyList<QuoteVariant> Variants)
{
    public IEnumerable<QuoteOccurrence> Occurrences => Variants.SelectMany(v => v.Occurrences);
}
