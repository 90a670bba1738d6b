using Lineage.Alignment;
using Lineage.Pan;
using Lineage.Reading;
using Lineage.Tests.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Pan;

public class PanDetectorTests
{
    [Theory]
    [InlineData("assistance to Islamic State.” The", "assistance to Islamic State.”")]
    [InlineData("the end... Next", "the end...")]
    [InlineData("no punctuation here", "no punctuation")]
    [InlineData("a comma, then more", "a comma")]
    public void Carries_a_detection_over_the_punctuation_that_ends_its_sentence(string text, string expected)
    {
        var words = expected.TrimEnd('.', '”', '!', '?').Length;
        var extended = PanDetector.WithClosingPunctuation(text, new TextSpan(0, words));
        Assert.Equal(expected, text.Substring(extended.Start, extended.Length));
    }

    private const string Essay =
        "The violin maker tested each spruce panel by tapping it and listening for a clear ring. " +
        "Her workshop smelled of varnish, resin and the linseed oil she rubbed into maple necks. ";

    [Fact]
    public void Reports_a_reworded_passage_as_one_detection_where_verbatim_alignment_finds_nothing()
    {
        using var folder = new TempFolder();
        var problems = new List<ReadProblem>();
        var suspicious = PanText.Read(folder.Write("suspicious-document00001.txt", Essay + RewriteFinderTests.Rewrite), problems)!;
        var source = PanText.Read(folder.Write("source-document00001.txt", RewriteFinderTests.Agency), problems)!;
        Assert.Empty(problems);

        Assert.Empty(PanDetector.Detect(suspicious, source, new AlignmentOptions()));
        var detection = Assert.Single(PanDetector.Detect(suspicious, source, new AlignmentOptions(), new SentenceAlignmentOptions(), new ReuseMergeOptions()));
        Assert.Equal(new TextSpan(Essay.Length, RewriteFinderTests.Rewrite.Length), detection.SuspiciousSpan);
        Assert.Equal(0, detection.SourceSpan.Start);
        Assert.Equal(RewriteFinderTests.Agency.IndexOf("\n\n", StringComparison.Ordinal), detection.SourceSpan.End);
    }
}
