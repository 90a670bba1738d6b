using Lineage.Extraction;

namespace Lineage.Tests.Extraction;

public class InlineMarkupTests
{
    [Theory]
    [InlineData("By [South Front](#)", "By South Front")]
    [InlineData("## **Become a Member of Global Research**", "Become a Member of Global Research")]
    [InlineData("The original source of this article is <u>South Front</u>", "The original source of this article is South Front")]
    [InlineData("Région : [Middle East & North Africa](#)", "Région : Middle East & North Africa")]
    public void Strips_markup_from_a_line(string line, string expected)
    {
        Assert.Equal(expected, InlineMarkup.Strip(line));
    }

    [Fact]
    public void Splits_a_line_where_the_page_set_pieces_apart()
    {
        Assert.Equal(["By", "South Front", "Global Research, September 21, 2016", "South Front", "20 September 2016"],
            InlineMarkup.Segments("By <u>South Front</u> Global Research, September 21, 2016 <u>South Front</u> 20 September 2016"));
    }
}
