using Lineage.Cli;

namespace Lineage.Tests.Cli;

public class NumberFormatTests
{
    [Fact]
    public void Counts_have_a_thousands_comma_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("1,234,567", NumberFormat.Count(1_234_567));
            Assert.Equal("0.25 s", NumberFormat.Seconds(TimeSpan.FromMilliseconds(250)));
            Assert.Equal("0.63", NumberFormat.Confidence(0.634));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_count_takes_its_noun_in_the_right_number()
    {
        Assert.Equal("1 passage", NumberFormat.Count(1, "passage"));
        Assert.Equal("2 passages", NumberFormat.Count(2, "passage"));
        Assert.Equal("1 pair shares", NumberFormat.Count(1, "pair shares", "pairs share"));
        Assert.Equal("1,050 pairs share", NumberFormat.Count(1050, "pair shares", "pairs share"));
    }
}
