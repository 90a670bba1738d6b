using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class TermCounterTests
{
    [Fact]
    public void Counts_as_a_dictionary_does_in_the_order_terms_are_first_met_across_documents_and_growth()
    {
        // Few distinct terms make repeats; thousands make the table grow inside one document.
        var document = Gen.Int[1, 3000].SelectMany(distinct => Gen.ULong[0, (ulong)distinct].Array[0, 4000]);
        var counter = new TermCounter();
        document.Array[1, 4].Sample(documents =>
        {
            foreach (var terms in documents)
            {
                counter.Reset();
                var reference = new Dictionary<ulong, double>();
                foreach (var term in terms)
                {
                    var first = !reference.ContainsKey(term);
                    reference[term] = reference.GetValueOrDefault(term) + 1;
                    Assert.Equal(first, counter.Add(term));
                }
                Assert.Equal(reference.Keys, counter.Terms.ToArray());
                Assert.Equal(reference.Values, counter.CountsArray().Select(c => (double)c));
            }
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void A_reset_forgets_the_last_document()
    {
        var counter = new TermCounter();
        counter.Add(7);
        counter.Add(7);
        counter.Reset();

        Assert.True(counter.Add(7));
        Assert.Equal([1], counter.CountsArray());
    }
}
