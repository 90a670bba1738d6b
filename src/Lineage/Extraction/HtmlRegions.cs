using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// The elements of one page with what they say about their content (<see cref="HtmlElementHints"/>)
/// and how much text and link text they hold, and from these which elements are boilerplate regions.
/// </summary>
internal sealed class HtmlRegions
{
    /// <summary>
    /// The share of a boilerplate-named element's text that an article-named element inside it must
    /// hold for the outer one to count as a mere wrapper ("share_wrapper" around the whole article).
    /// </summary>
    private const double WrapperShare = 0.8;

    private readonly Dictionary<IElement, int> weights = [];
    private readonly Dictionary<IElement, bool> articleMarks = [];
    private readonly Dictionary<IElement, (int Chars, int LinkChars)> text = [];

    public HtmlRegions(List<HtmlBlock> blocks)
    {
        foreach (var block in blocks)
        {
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                var (chars, links) = text.GetValueOrDefault(e);
                text[e] = (chars + block.Chars, links + block.LinkChars);
            }
        }
    }

    public int Weight(IElement element)
    {
        if (!weights.TryGetValue(element, out var weight)) weights[element] = weight = HtmlElementHints.Weight(element);
        return weight;
    }

    /// <summary>Chars and link chars of the blocks inside <paramref name="element"/>.</summary>
    public (int Chars, int LinkChars) TextOf(IElement element) => text.GetValueOrDefault(element);

    public bool MarksArticle(IElement element)
    {
        if (!articleMarks.TryGetValue(element, out var marks)) articleMarks[element] = marks = HtmlElementHints.MarksArticle(element);
        return marks;
    }

    /// <summary>
    /// True when <paramref name="element"/> (below the body) names boilerplate and is not a wrapper
    /// around the article: <paramref name="articleInside"/>, the largest element on the way up to it
    /// that names the article, holding most of its text.
    /// </summary>
    public bool IsBoilerplate(IElement element, IElement? articleInside)
    {
        if (Weight(element) > -2 || element.LocalName is "body" or "html") return false;
        return articleInside is null || TextOf(articleInside).Chars < WrapperShare * TextOf(element).Chars;
    }
}
