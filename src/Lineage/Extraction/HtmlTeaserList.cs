namespace Lineage.Extraction;

/// <summary>
/// Teasers of other stories: a headline that is all one link, then a line or two of summary. A
/// section front is a column of them, and an article page carries a few below or beside its text;
/// the summaries read as sentences and sit in the content element, so the length and link tests
/// alone keep them. An article's own sub-headings are rarely links, and when they are (a list of
/// reviewed games, each titled with a link) the text under each is running text, judged good in
/// its context, which a teaser's summary is not.
/// </summary>
internal static class HtmlTeaserList
{
    /// <summary>Share of a heading's chars inside links for it to be one headline link.</summary>
    private const double MinHeadlineLinkDensity = 0.9;

    /// <summary>Teasers a page must show for them to be a list; one linked heading may be a slip of the template.</summary>
    private const int MinTeasers = 2;

    /// <summary>Takes the summaries of a list of teasers out of the article.</summary>
    public static void Unmark(List<HtmlBlock> blocks)
    {
        var teasers = 0;
        for (var i = 1; i < blocks.Count; i++)
            if (IsSummary(blocks, i)) teasers++;
        if (teasers < MinTeasers) return;
        for (var i = 1; i < blocks.Count; i++)
            if (IsSummary(blocks, i)) blocks[i].IsArticle = false;
    }

    /// <summary>
    /// An article block, not judged good text in its context, right after a heading that is all one
    /// link, in the element that holds that heading: a teaser is built as one item, while a gallery's
    /// linked title above the article's next paragraph belongs to another element.
    /// </summary>
    private static bool IsSummary(List<HtmlBlock> blocks, int i)
    {
        var block = blocks[i];
        var previous = blocks[i - 1];
        return block.IsArticle && !block.IsHeading && block.Final != BlockClass.Good
            && previous.IsHeading && previous.LinkDensity >= MinHeadlineLinkDensity
            && previous.Owner.ParentElement is { } item && item.Contains(block.Owner);
    }
}
