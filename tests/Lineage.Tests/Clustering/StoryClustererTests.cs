using Lineage.Clustering;
using Lineage.Scanning;

namespace Lineage.Tests.Clustering;

public class StoryClustererTests
{
    private static IReadOnlyList<Story> Stories(ScanResult scan, StoryOptions? options = null) =>
        StoryClusterer.Cluster(scan.Articles, DuplicateGroups.Of(scan), [], options ?? new StoryOptions());

    private static int StoryOf(IReadOnlyList<Story> stories, ScanResult scan, string id)
    {
        var index = scan.Documents.ToList().FindIndex(d => d.Id == id);
        return stories.Single(s => s.Documents.Contains(index)).Id;
    }

    /// <summary>Two topics, five articles each, and bridge articles written half from one topic and half from the other.</summary>
    private static ScanResult Bridged()
    {
        var x = SyntheticNews.Vocabulary(1);
        var y = SyntheticNews.Vocabulary(2);
        var news = new SyntheticNews();
        for (var i = 0; i < 5; i++) news.Add($"x{i}", SyntheticNews.Write(10 + i, 12, x), $"2024-05-0{i + 1}");
        for (var i = 0; i < 5; i++) news.Add($"y{i}", SyntheticNews.Write(20 + i, 12, y), $"2024-05-0{i + 1}");
        for (var i = 0; i < 3; i++) news.Add($"bridge{i}", SyntheticNews.Write(30 + i, 12, x, y), $"2024-05-0{i + 6}");
        return news.Scan();
    }

    [Fact]
    public void Articles_of_one_topic_form_one_story()
    {
        var scan = Bridged();
        var stories = Stories(scan);
        var x = StoryOf(stories, scan, "x0");
        for (var i = 1; i < 5; i++) Assert.Equal(x, StoryOf(stories, scan, $"x{i}"));
        var y = StoryOf(stories, scan, "y0");
        for (var i = 1; i < 5; i++) Assert.Equal(y, StoryOf(stories, scan, $"y{i}"));
    }

    [Fact]
    public void Articles_bridging_two_topics_do_not_join_them()
    {
        var scan = Bridged();
        var stories = Stories(scan);
        Assert.NotEqual(StoryOf(stories, scan, "x0"), StoryOf(stories, scan, "y0"));
    }

    [Fact]
    public void Single_link_grouping_would_join_them()
    {
        // What the rule guards against: each bridge article is close enough to one article of
        // each topic, so joining on any close pair would make one story of both topics.
        var scan = Bridged();
        var vectors = StoryVectorsOf(scan);
        var bridge = scan.Documents.ToList().FindIndex(d => d.Id == "bridge0");
        var x0 = scan.Documents.ToList().FindIndex(d => d.Id == "x0");
        var y0 = scan.Documents.ToList().FindIndex(d => d.Id == "y0");
        var options = new StoryOptions();
        Assert.True(Cosine(vectors[bridge], vectors[x0]) >= options.MinSimilarity, $"{Cosine(vectors[bridge], vectors[x0])}");
        Assert.True(Cosine(vectors[bridge], vectors[y0]) >= options.MinSimilarity, $"{Cosine(vectors[bridge], vectors[y0])}");
    }

    private static Dictionary<ulong, double>[] StoryVectorsOf(ScanResult scan) =>
        StoryVectors.Of(scan.Articles, [], new ParallelOptions()).Vectors.Select(v => v.ToDictionary()).ToArray();

    private static double Cosine(Dictionary<ulong, double> a, Dictionary<ulong, double> b) =>
        a.Sum(t => b.TryGetValue(t.Key, out var w) ? t.Value * w : 0);

    [Fact]
    public void Articles_far_apart_in_time_are_separate_stories()
    {
        var x = SyntheticNews.Vocabulary(1);
        var scan = new SyntheticNews()
            .Add("spring", SyntheticNews.Write(1, 12, x), "2024-03-01")
            .Add("spring2", SyntheticNews.Write(2, 12, x), "2024-03-03")
            .Add("autumn", SyntheticNews.Write(3, 12, x), "2024-10-01")
            .Scan();
        var stories = Stories(scan);
        Assert.Equal(StoryOf(stories, scan, "spring"), StoryOf(stories, scan, "spring2"));
        Assert.NotEqual(StoryOf(stories, scan, "spring"), StoryOf(stories, scan, "autumn"));
        Assert.Equal(StoryOf(stories, scan, "spring"), StoryOf(Stories(scan, new StoryOptions { MaxDaysApart = 365 }), scan, "autumn"));
    }

    [Fact]
    public void A_story_reports_the_dates_of_its_documents()
    {
        var x = SyntheticNews.Vocabulary(1);
        var scan = new SyntheticNews()
            .Add("a", SyntheticNews.Write(1, 12, x), "2024-03-05")
            .Add("b", SyntheticNews.Write(2, 12, x), "2024-03-01")
            .Add("c", SyntheticNews.Write(3, 12, x))
            .Scan();
        var story = Assert.Single(Stories(scan));
        Assert.Equal("2024-03-01", story.FirstPublished);
        Assert.Equal("2024-03-05", story.LastPublished);
    }

    [Fact]
    public void Unrelated_articles_stay_alone()
    {
        var news = new SyntheticNews();
        for (var i = 0; i < 8; i++) news.Add($"d{i}", SyntheticNews.Write(i, 12, SyntheticNews.Vocabulary(100 + i)), "2024-01-01");
        var scan = news.Scan();
        Assert.Equal(8, Stories(scan).Count);
    }
}
