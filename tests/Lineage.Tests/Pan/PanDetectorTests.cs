using Lineage.Alignment;
using Lineage.Pan;
using Lineage.Reading;
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

    private const string Agency =
        "Floods in northern Bangladesh killed 9 people on Monday, officials said. " +
        "Heavy monsoon rain caused the Teesta river to burst its banks near the town of Rangpur, and thousands of families were moved to shelters. " +
        "The army sent boats and helicopters to carry food and drinking water to stranded villages. " +
        "Forecasters expect more rain in the region until the end of the week.\n\n" +
        "Last year floods in the same districts destroyed crops across hundreds of villages.";

    // Synonyms, "9" spelled out, a split and reordered sentences: no five words in a row are shared.
    private const string Rewrite =
        "Officials said on Monday that nine people were killed by floods in northern Bangladesh. " +
        "The Teesta river burst its banks close to Rangpur town after heavy monsoon rain. " +
        "Thousands of families were moved into shelters. " +
        "More rain is expected in the region until the end of the week, forecasters said. " +
        "Boats and helicopters were sent by the army to carry drinking water and food to villages left stranded.";

    private const string Essay =
        "The violin maker tested each spruce panel by tapping it and listening for a clear ring. " +
        "Her workshop smelled of varnish, resin and the linseed oil she rubbed into maple necks. ";

    [Fact]
    public void Reports_a_reworded_passage_as_one_detection_where_verbatim_alignment_finds_nothing()
    {
        using var folder = new TempFolder();
        var problems = new List<ReadProblem>();
        var suspicious = PanText.Read(folder.Write("suspicious-document00001.txt", Essay + Rewrite), problems)!;
        var source = PanText.Read(folder.Write("source-document00001.txt", Agency), problems)!;
        Assert.Empty(problems);

        Assert.Empty(PanDetector.Detect(suspicious, source, new AlignmentOptions()));
        var detection = Assert.Single(PanDetector.Detect(suspicious, source, new AlignmentOptions(), new SentenceAlignmentOptions(), new ReuseMergeOptions()));
        Assert.Equal(new TextSpan(Essay.Length, Rewrite.Length), detection.SuspiciousSpan);
        Assert.Equal(0, detection.SourceSpan.Start);
        Assert.Equal(Agency.IndexOf("\n\n", StringComparison.Ordinal), detection.SourceSpan.End);
    }
}
