using Lineage.Pan;
using Lineage.Reading;

namespace Lineage.Tests.Pan;

public class PanPairsFileTests
{
    [Fact]
    public void Reads_one_pair_per_line_and_skips_blank_lines()
    {
        var problems = new List<ReadProblem>();
        var pairs = PanPairsFile.Parse(new StringReader("suspicious-document00005.txt source-document01090.txt\n\n  suspicious-document00013.txt\tsource-document00010.txt  \r\n"), "pairs", problems);
        Assert.Empty(problems);
        Assert.Equal([new PanPair("suspicious-document00005.txt", "source-document01090.txt", 1), new PanPair("suspicious-document00013.txt", "source-document00010.txt", 3)], pairs);
    }

    [Fact]
    public void A_line_that_is_not_two_names_is_a_problem_naming_the_line_and_the_rest_is_read()
    {
        var problems = new List<ReadProblem>();
        var pairs = PanPairsFile.Parse(new StringReader("a.txt b.txt\nonly-one.txt\nc.txt d.txt\n"), "pairs", problems);
        Assert.Equal(2, pairs.Count);
        var problem = Assert.Single(problems);
        Assert.Equal("pairs:2", problem.Path);
        Assert.True(problem.Skipped);
    }

    [Fact]
    public void Names_the_detection_file_after_both_documents_as_PAN_2013_does()
    {
        var pair = new PanPair("suspicious-document00013.txt", "source-document00010.txt", 1);
        Assert.Equal("suspicious-document00013-source-document00010.xml", pair.DetectionFileName);
    }
}
