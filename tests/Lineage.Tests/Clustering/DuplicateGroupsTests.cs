using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class DuplicateGroupsTests
{
    private static readonly string[] Wire = SyntheticNews.Vocabulary(1, 400);
    private static readonly string[] Other = SyntheticNews.Vocabulary(2, 400);
    private static readonly string[] Third = SyntheticNews.Vocabulary(3, 400);

    private static readonly string Story = SyntheticNews.Write(1, 30, Wire);
    private static readonly string Paragraph = string.Join(". ", Story.Split(". ").Take(6)) + ". ";

    private static Lineage.Scanning.ScanResult Corpus() => new SyntheticNews()
        .Add("original", Story, "2024-03-02")
        .Add("reprint", "Reprinted with permission. " + Story, "2024-03-03")
        .Add("early-copy", Story.Replace("said.", "told reporters.", StringComparison.Ordinal), "2024-03-01")
        .Add("quoting", SyntheticNews.Write(2, 20, Other) + Paragraph + SyntheticNews.Write(3, 20, Third), "2024-03-04")
        .Add("alone", SyntheticNews.Write(4, 25, Other), "2024-03-05")
        .Scan();

    private static int Index(Lineage.Scanning.ScanResult scan, string id) => scan.Documents.ToList().FindIndex(d => d.Id == id);

    [Fact]
    public void Copies_share_a_group_and_keep_the_earliest()
    {
        var scan = Corpus();
        var groups = DuplicateGroups.Of(scan);
        var group = groups.Of(Index(scan, "original"));
        Assert.Equal(group, groups.Of(Index(scan, "reprint")));
        Assert.Equal(group, groups.Of(Index(scan, "early-copy")));
        Assert.Equal(Index(scan, "early-copy"), group.Representative);
        Assert.Equal(1, groups.CopiedGroups);
    }

    [Fact]
    public void An_article_quoting_a_paragraph_is_not_a_copy()
    {
        var scan = Corpus();
        Assert.Contains(scan.Pairs, p => scan.Documents[p.A].Id == "quoting" || scan.Documents[p.B].Id == "quoting");
        var groups = DuplicateGroups.Of(scan);
        Assert.NotEqual(groups.Of(Index(scan, "original")), groups.Of(Index(scan, "quoting")));
        Assert.Single(groups.Of(Index(scan, "quoting")).Documents);
    }

    [Fact]
    public void Every_document_has_a_group_numbered_from_one_in_input_order()
    {
        var scan = Corpus();
        var groups = DuplicateGroups.Of(scan);
        Assert.Equal(3, groups.Groups.Count);
        Assert.Equal([1, 2, 3], groups.Groups.Select(g => g.Id));
        for (var i = 0; i < scan.Documents.Count; i++) Assert.Contains(i, groups.Of(i).Documents);
        Assert.Equal(Index(scan, "alone"), groups.Of(Index(scan, "alone")).Representative);
    }

    [Fact]
    public void Without_dates_the_longest_copy_is_kept()
    {
        var scan = new SyntheticNews()
            .Add("short", Story)
            .Add("long", Story + SyntheticNews.Write(9, 4, Wire))
            .Scan();
        var group = DuplicateGroups.Of(scan).Groups.Single();
        Assert.Equal(Index(scan, "long"), group.Representative);
    }
}
