using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// A page that carries its article twice (a second copy for another layout, one a style sheet or
/// a script hides, a print version) is read once: when every paragraph of the article that one
/// element holds was already read, in the same order, from another element, the second element is
/// a copy. Paragraphs repeated one at a time are left alone, since an article may quote its own
/// words, and so are repeats within one element (a list that says the same thing twice is what
/// the page says).
/// </summary>
internal static class HtmlRepeatedText
{
    /// <summary>Words a paragraph needs to count: short lines ("Read more", "Yes") repeat on any page.</summary>
    private const int MinWords = 5;

    /// <summary>Paragraphs a copy must have: two whole paragraphs in order do not repeat by chance.</summary>
    private const int MinParagraphs = 2;

    /// <summary>Takes out of the article every element whose article paragraphs are a copy of an earlier element's.</summary>
    public static void Unmark(List<HtmlBlock> blocks)
    {
        var groups = new Dictionary<IElement, List<HtmlBlock>>();
        var order = new List<IElement>();
        // The first element to hold each text: a copy is compared with that one only, so a page of
        // many small elements costs one pass, not one comparison per pair of elements.
        var firstHolder = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (!block.IsArticle || block.Words < MinWords || block.Owner.ParentElement is not { } parent) continue;
            if (!groups.TryGetValue(parent, out var group))
            {
                groups[parent] = group = [];
                order.Add(parent);
            }
            group.Add(block);
            firstHolder.TryAdd(block.Text, parent);
        }
        foreach (var element in order)
        {
            var copy = groups[element];
            if (copy.Count < MinParagraphs) continue;
            var original = firstHolder[copy[0].Text];
            if (original == element || original.Contains(element) || element.Contains(original) || !IsCopy(copy, groups[original])) continue;
            foreach (var block in copy) block.IsArticle = false;
        }
    }

    /// <summary>True when every text of <paramref name="copy"/> is in <paramref name="original"/>, in the same order.</summary>
    private static bool IsCopy(List<HtmlBlock> copy, List<HtmlBlock> original)
    {
        var at = 0;
        foreach (var block in copy)
        {
            while (at < original.Count && !string.Equals(original[at].Text, block.Text, StringComparison.Ordinal)) at++;
            if (at == original.Count) return false;
            at++;
        }
        return true;
    }
}
