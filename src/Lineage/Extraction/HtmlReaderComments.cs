using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// Readers' comments below the article, in an element whose class or id names them
/// (<see cref="HtmlElementHints.NamesComments"/>): "comments-body", "commentlist", "disqus_thread".
/// A class that also names content ("comments-body", "comment-content") does not make them part of
/// the article, as it does for other boilerplate names, because comments are running text built
/// like the post's own: only their names tell them apart. Comments with no article text before
/// them stay, since the page is then a discussion whose posts are its text.
/// </summary>
internal static class HtmlReaderComments
{
    /// <summary>Takes out of the article the blocks in a comments element after its first block outside one.</summary>
    public static void Unmark(List<HtmlBlock> blocks)
    {
        var textAbove = false;
        foreach (var block in blocks)
        {
            if (!block.IsArticle) continue;
            if (!InComments(block.Owner)) textAbove = true;
            else if (textAbove) block.IsArticle = false;
        }
    }

    private static bool InComments(IElement owner)
    {
        for (var e = owner; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
            if (HtmlElementHints.NamesComments(e)) return true;
        return false;
    }
}
