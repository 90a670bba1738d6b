using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// The main content of an HTML page: the article's blocks (paragraphs, headings, list items) as
/// spans of the page source, in reading order, and the page's declared metadata. A page with no
/// article (a menu, an error page, an empty body) has no blocks.
/// </summary>
/// <param name="ArticleBlocks">Source spans of the HTML text (offsets into the decoded page), each covering one block's visible text.</param>
public sealed record HtmlArticle(IReadOnlyList<TextSpan> ArticleBlocks, PageMetadata Metadata);
