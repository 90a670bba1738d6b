using Lineage.Pan;
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
}
