using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class DerivationThresholdsTests
{
    [Theory]
    [InlineData(0.95, 0.95, "cut")]
    [InlineData(0.5, 0.9, "light")]
    [InlineData(0.1, 0.7, "heavy")]
    [InlineData(0.1, 0.2, "non")]
    public void Places_scores_in_the_four_categories(double verbatim, double combined, string category)
    {
        Assert.Equal(category, DerivationThresholds.Classify(verbatim, combined));
    }

    [Fact]
    public void Verbatim_evidence_alone_never_says_heavy_for_a_reworded_text()
    {
        Assert.Equal("non", DerivationThresholds.ClassifyVerbatim(0.1));
    }
}
