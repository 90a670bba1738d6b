using Lineage.Extraction;

namespace Lineage.Tests.Extraction;

public class DateParserTests
{
    [Theory]
    [InlineData("Global Research, September 20, 2016", "2016-09-20")]
    [InlineData("South Front 19 September 2016", "2016-09-19")]
    [InlineData("Mondialisation.ca, 18 septembre 2016", "2016-09-18")]
    [InlineData("le 1er octobre 2016", "2016-10-01")]
    [InlineData("Sept. 3, 2016", "2016-09-03")]
    [InlineData("posted 2016-09-17T10:00:00Z", "2016-09-17")]
    [InlineData("on 20/09/2016", "2016-09-20")]
    [InlineData("on 09/20/2016", "2016-09-20")]
    [InlineData("le 15 août 2016", "2016-08-15")]
    public void Reads_dates_as_news_pages_write_them(string text, string iso)
    {
        Assert.Equal(iso, DateParser.First(text)?.Iso);
    }

    [Theory]
    [InlineData("February 30, 2016")]
    [InlineData("62 killed and 100 injured")]
    [InlineData("the year 2016")]
    public void Finds_no_date_where_there_is_none(string text)
    {
        Assert.Null(DateParser.First(text));
    }

    [Fact]
    public void Normalises_declared_dates()
    {
        Assert.Equal("2016-09-20", DateParser.ToIso("2016-09-20T08:15:00+02:00"));
        Assert.Equal("2016-09-18", DateParser.ToIso("18 septembre 2016"));
        Assert.Null(DateParser.ToIso("soon"));
    }
}
