using CsCheck;
using Lineage.Clustering;
using Lineage.Reporting.Model;
using Lineage.Text;

namespace Lineage.Tests.Reporting;

/// <summary>
/// The report's views of a quote (<see cref="QuoteOccurrenceList"/>, <see cref="VariantDocumentIds"/>)
/// against the lists the report once copied: every occurrence, variant after variant, with its
/// variant's index; each variant's documents once, in the order first met.
/// </summary>
public class QuoteViewsTests
{
    /// <summary>Quotes of a few variants, each of none to many occurrences (past the count where the ids are found by a set) in few documents, so repeats are common.</summary>
    private static readonly Gen<QuoteCluster> Quotes =
        Gen.Int[0, 4].SelectMany(documents =>
            Gen.Select(Gen.Int[0, documents].Array[0, 80], Gen.Bool).Select((docs, speaker) =>
                new QuoteVariant("w", [.. docs.Select((d, i) => new QuoteOccurrence(d, new TextSpan(i * 3, 2), "w", speaker ? "s" + i : null))], [])).Array[1, 4])
        .Select(variants => new QuoteCluster(7, variants));

    [Fact]
    public void Give_the_occurrences_and_documents_the_copied_lists_give()
    {
        var documents = SampleCorpus.Scan.Documents;
        Quotes.Sample(quote =>
        {
            var expected = new List<ReportQuoteOccurrence>();
            for (var v = 0; v < quote.Variants.Count; v++)
                foreach (var o in quote.Variants[v].Occurrences)
                    expected.Add(new ReportQuoteOccurrence(documents[o.Document].Id, o.Span.Start, o.Span.Length, o.Speaker, v));
            var occurrences = new QuoteOccurrenceList(quote, documents);
            Assert.Equal(expected, occurrences);
            Assert.Equal(expected.Count, occurrences.Count);
            for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], occurrences[i]);

            foreach (var variant in quote.Variants)
            {
                var ids = variant.Occurrences.Select(o => documents[o.Document].Id).Distinct().ToList();
                var view = new VariantDocumentIds(variant.Occurrences, documents);
                Assert.Equal(ids, view);
                Assert.Equal(ids.Count, view.Count);
                Assert.Equal(ids, view);
                for (var i = 0; i < ids.Count; i++) Assert.Equal(ids[i], view[i]);
            }
        }, iter: 500, threads: 1);
    }
}
