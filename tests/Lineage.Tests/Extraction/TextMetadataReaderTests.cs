using System.Text;
using System.Text.RegularExpressions;
using Lineage.Extraction;
using Lineage.Reading;

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

    private static readonly string[] HostPieces =
    [
        "www", ".", "globalresearch", "ca", "com", "co", "uk", "-", "0", "fo", "news", "Mondialisation", "in", "x", " ", "..", "-0",
        "https://", "/", "@", "é", "org", "NET", "_", "9",
    ];

    [Fact]
    public void Finds_the_same_hosts_as_the_backtracking_engine()
    {
        var host = LinePatterns.Host();
        var backtracking = new Regex(host.ToString(), host.Options & ~RegexOptions.NonBacktracking);
        var random = new Random(41);
        var found = 0;
        for (var round = 0; round < 20000; round++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => HostPieces[random.Next(HostPieces.Length)]));
            var expected = backtracking.Matches(line).Select(m => (m.Index, m.Length, m.Groups["host"].Value)).ToList();
            var actual = host.Matches(line).Select(m => (m.Index, m.Length, m.Groups["host"].Value)).ToList();
            Assert.Equal(expected, actual);
            found += actual.Count;
        }
        Assert.True(found > 200, $"only {found} hosts found");
    }

    [Fact]
    public void Reads_a_line_of_a_hundred_thousand_dashes_and_digits()
    {
        // A run like "fo-0-0-0…" offers a backtracking engine every split of it from every word
        // boundary: quadratic, 15 s on 90 KB. The pattern must run without backtracking.
        Assert.True(LinePatterns.Host().Options.HasFlag(RegexOptions.NonBacktracking));
        var run = "fo" + new StringBuilder().Insert(0, "-0", 50_000);
        var line = "Copyright " + run + " www.globalresearch.ca";
        var match = Assert.Single(LinePatterns.Host().Matches(line));
        Assert.Equal("globalresearch.ca", match.Groups["host"].Value);

        var text = "By Jane Doe\nGlobal Research, September 20, 2016\n\n"
            + "On September 17, two F-16 and two A-10 jets of the US-led coalition bombed positions of the Syrian government forces near Deir Ezzor.\n\n"
            + line + "\n";
        var document = DocumentReader.Create("a.txt", "a", text, DocumentFormat.Text)!;
        var metadata = ArticleExtractor.Extract(document).Metadata;
        Assert.Equal("2016-09-20", metadata.Published);
        Assert.Contains("Jane Doe", metadata.Authors);
    }
}
