using Lineage.Extraction;

namespace Lineage.Tests.Extraction;

public class TextMetadataReaderTests
{
    private static readonly string[] Pieces =
    [
        "according to", "According To", "ACCORDING TO", "a", "an", "the", "FNA", "Reuters", "Syrian Arab", "news agency", "News Agency",
        "report", "reports", "Report", "said", "in a", "statement", ",", ".", "-", "&", "'s", "2016", "St.", "  ", "\t", "officials",
        "reported", "l'AFP", "Al-Masdar", "(", ")", ":", "«", "»", "accordingto", "reportage",
    ];

    [Fact]
    public void Lets_every_line_the_report_pattern_matches_through_its_quick_test()
    {
        var random = new Random(29);
        var matched = 0;
        for (var round = 0; round < 20000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var line = string.Join(random.Next(4) == 0 ? "" : " ", words);
            if (!LinePatterns.AccordingToReport().IsMatch(line)) continue;
            matched++;
            Assert.True(TextMetadataReader.MayCiteAReport(line), line);
        }
        Assert.True(matched > 100, $"only {matched} lines matched");
    }

    [Theory]
    [InlineData("The strike killed 62 soldiers, according to the ministry, which gave no report.")]
    [InlineData("Nothing here cites anyone.")]
    public void Turns_away_lines_that_cite_no_report(string line)
    {
        Assert.False(TextMetadataReader.MayCiteAReport(line));
        Assert.DoesNotMatch(LinePatterns.AccordingToReport(), line);
    }
}
