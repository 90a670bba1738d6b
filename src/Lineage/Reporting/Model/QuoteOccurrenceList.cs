using System.Collections;
using Lineage.Clustering;
using Lineage.Reading;

namespace Lineage.Reporting.Model;

/// <summary>
/// A quote's occurrences, variant after variant, each with its variant's index, read from the
/// quote's variants when enumerated (see <see cref="ProjectedList{TSource, TState, T}"/>): a
/// report writes them once.
/// </summary>
public sealed class QuoteOccurrenceList(QuoteCluster quote, IReadOnlyList<Document> documents) : IReadOnlyList<ReportQuoteOccurrence>
{
    public int Count { get; } = Counted(quote);

    public ReportQuoteOccurrence this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            for (var v = 0; v < quote.Variants.Count; v++)
            {
                var occurrences = quote.Variants[v].Occurrences;
                if (index < occurrences.Count) return Of(occurrences[index], v);
                index -= occurrences.Count;
            }
            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    public IEnumerator<ReportQuoteOccurrence> GetEnumerator()
    {
        for (var v = 0; v < quote.Variants.Count; v++)
        {
            var occurrences = quote.Variants[v].Occurrences;
            for (var i = 0; i < occurrences.Count; i++) yield return Of(occurrences[i], v);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ReportQuoteOccurrence Of(QuoteOccurrence o, int variant) => new(documents[o.Document].Id, o.Span.Start, o.Span.Length, o.Speaker, variant);

    private static int Counted(QuoteCluster quote)
    {
        var count = 0;
        for (var v = 0; v < quote.Variants.Count; v++) count += quote.Variants[v].Occurrences.Count;
        return count;
    }
}
