using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Furniture;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Aligned pairs to the final article view. Furniture that is not one repeated line (shorter
/// runs, lines that vary, notices carried across sites) shows only in what pages of a site, or
/// of many sites, share once aligned, so this stage comes after alignment
/// (<see cref="TemplateLearner"/>, <see cref="CorpusFurniture"/>); it is the last to change an
/// article. What it learns becomes boilerplate and leaves the article's text, its word count
/// is counted again without it, and passages inside it are dropped: the analysis after it
/// (quotes, facts, names, stories) never reads a site's furniture.
/// </summary>
public static class FurnitureStage
{
    public static FinalArticles Apply(IReadOnlyList<ExtractedDocument> articles, int[] words, List<DocumentPair> pairs, ScanOptions options)
    {
        if (!options.ArticlesOnly) return new FinalArticles([.. articles], words, pairs);
        var learned = TemplateLearner.Learn(articles, words, pairs);
        var final = new ExtractedDocument[articles.Count];
        var finalWords = (int[])words.Clone();
        Parallel.For(0, articles.Count, options.ParallelOptions, () => new TokenList(256), (i, _, scratch) =>
        {
            if (learned[i] is not { } spans)
            {
                final[i] = articles[i];
                return scratch;
            }
            var furniture = SpanSet.Normalize(spans);
            var article = articles[i];
            var content = article.Content.Excluding(furniture);
            final[i] = article with { Content = content, Boilerplate = SpanSet.Normalize(article.Boilerplate.Concat(furniture)) };
            // Only an article that lost words is tokenized again, and only to count them.
            if (!ReferenceEquals(content, article.Content))
            {
                Tokenizer.Tokenize(content, scratch);
                finalWords[i] = scratch.Count;
            }
            return scratch;
        }, _ => { });

        // Every pair is checked, not only those of pages that learned something now: a stored
        // document (a trace) brings boilerplate learned after its words were stored.
        var kept = new List<DocumentPair>(pairs.Count);
        foreach (var pair in pairs)
        {
            var alignment = TemplateLearner.WithoutBoilerplate(pair.Alignment, final[pair.A].Boilerplate, final[pair.B].Boilerplate, words[pair.A], words[pair.B]);
            if (alignment.Passages.Count == 0) continue;
            if (finalWords[pair.A] != words[pair.A] || finalWords[pair.B] != words[pair.B]) alignment = Recount(alignment, finalWords[pair.A], finalWords[pair.B]);
            kept.Add(ReferenceEquals(alignment, pair.Alignment) ? pair : pair with { Alignment = alignment });
        }
        AlignStage.SortByReuse(kept);
        return new FinalArticles(final, finalWords, kept);
    }

    /// <summary>
    /// Coverage as a share of the article words left. A kept passage may reach a little into
    /// furniture (less than <c>TemplateLearner</c>'s inside share), so a side is never said to be
    /// more than all covered.
    /// </summary>
    private static PairAlignment Recount(PairAlignment alignment, int wordsA, int wordsB)
    {
        var recounted = PairAlignment.Of(alignment.Passages, wordsA, wordsB);
        return recounted with { CoverageA = Math.Min(1, recounted.CoverageA), CoverageB = Math.Min(1, recounted.CoverageB) };
    }
}
