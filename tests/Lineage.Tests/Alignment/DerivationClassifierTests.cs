using Lineage.Alignment;

namespace Lineage.Tests.Alignment;

public class DerivationClassifierTests
{
    private static readonly DerivationOptions Options = new();

    private static PairDerivation Classify(double matchedA, double matchedB, double verbatimA, double verbatimB, int verbatimWords = 0) =>
        DerivationClassifier.Classify(matchedA, matchedB, verbatimA, verbatimB, verbatimWords, Options);

    [Fact]
    public void Calls_a_side_matched_almost_whole_and_word_for_word_a_copy()
    {
        var d = Classify(0.97, 1, 0.97, 1, 458);

        Assert.Equal(DerivationKind.Copy, d.Kind);
        Assert.Equal(PairSide.B, d.Derived);
        Assert.Equal(1, d.Score);
    }

    [Fact]
    public void Calls_a_side_matched_almost_whole_but_reworded_a_rewrite()
    {
        var d = Classify(0.75, 0.95, 0.02, 0.03);

        Assert.Equal(DerivationKind.Rewrite, d.Kind);
        Assert.Equal(PairSide.B, d.Derived);
        Assert.Equal(0.95, d.Score);
    }

    [Theory]
    [InlineData(0.69, DerivationKind.Partial)]
    [InlineData(0.70, DerivationKind.Rewrite)]
    [InlineData(0.25, DerivationKind.Partial)]
    [InlineData(0.24, DerivationKind.Independent)]
    public void Draws_the_lines_at_the_whole_and_partial_shares(double matched, DerivationKind kind) =>
        Assert.Equal(kind, Classify(matched, 0.1, 0, 0).Kind);

    [Fact]
    public void Calls_a_paragraph_quoted_word_for_word_partial_however_small_a_share_of_either_side()
    {
        Assert.Equal(DerivationKind.Partial, Classify(0.1, 0.08, 0.1, 0.08, verbatimWords: 40).Kind);
        // A 13-word quotation, as independent reports of one event share.
        Assert.Equal(DerivationKind.Independent, Classify(0.14, 0.09, 0.03, 0.04, verbatimWords: 13).Kind);
    }

    [Fact]
    public void Counts_verbatim_words_as_matched_even_when_told_otherwise()
    {
        var d = Classify(0, 0, 0.9, 0.8, 300);

        Assert.Equal(0.9, d.MatchedA);
        Assert.Equal(DerivationKind.Copy, d.Kind);
    }
}
