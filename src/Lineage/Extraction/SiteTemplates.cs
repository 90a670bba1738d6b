using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Site furniture found before any alignment: a line that recurs word for word on many pages of
/// one site (at least <see cref="MinPages"/> pages and a fifth of the site's pages) is template,
/// not article. It is cheap (one hash a line) and takes out most of a large site's furniture
/// before it can pair pages; <see cref="TemplateLearner"/> then finds the rest (shorter runs,
/// lines that vary) from the pairs that remain. A line shared by two or three pages only, as
/// copies of one article are, is left for alignment to judge.
/// </summary>
public static class SiteTemplates
{
    public const int MinPages = 4;
    private const double MinShareOfSite = 0.2;
    private const int MinLineWords = 3;

    public static ExtractedDocument[] Remove(IReadOnlyList<ExtractedDocument> articles, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var result = articles.ToArray();
        var lines = new (List<TextBlock> Blocks, ulong[] Hashes)[articles.Count];
        var sites = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Metadata.Site is not { } site) continue;
            if (!sites.TryGetValue(site, out var pages)) sites[site] = pages = [];
            pages.Add(i);
        }
        var candidates = sites.Values.Where(p => p.Count >= MinPages).SelectMany(p => p).ToArray();
        Parallel.For(0, candidates.Length, parallel, () => new TokenList(256), (k, _, tokens) =>
        {
            var i = candidates[k];
            lines[i] = LineHashes(articles[i].Content, tokens);
            return tokens;
        }, _ => { });

        foreach (var pages in sites.Values)
        {
            if (pages.Count < MinPages) continue;
            var counts = new Dictionary<ulong, int>();
            foreach (var page in pages)
                foreach (var hash in lines[page].Hashes.Distinct())
                    if (hash != 0) counts[hash] = counts.GetValueOrDefault(hash) + 1;
            var threshold = Math.Max(MinPages, (int)Math.Ceiling(MinShareOfSite * pages.Count));
            foreach (var page in pages) result[page] = WithoutTemplateLines(articles[page], lines[page], counts, threshold);
        }
        return result;
    }

    /// <summary>Each line's hash of its words (0 for lines too short to judge).</summary>
    private static (List<TextBlock>, ulong[]) LineHashes(TextView content, TokenList tokens)
    {
        var blocks = TextBlock.Split(content);
        var hashes = new ulong[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            Tokenizer.Tokenize(TextView.Identity(blocks[b].Text(content)), tokens);
            hashes[b] = tokens.Count < MinLineWords ? 0 : TokenHash.Combine(tokens.Hashes);
        }
        return (blocks, hashes);
    }

    private static ExtractedDocument WithoutTemplateLines(ExtractedDocument article, (List<TextBlock> Blocks, ulong[] Hashes) lines, Dictionary<ulong, int> counts, int threshold)
    {
        var kept = new List<(int, int)>(lines.Blocks.Count);
        var removed = new List<TextSpan>();
        for (var b = 0; b < lines.Blocks.Count; b++)
        {
            var block = lines.Blocks[b];
            if (lines.Hashes[b] != 0 && counts[lines.Hashes[b]] >= threshold) removed.Add(block.Source);
            else kept.Add((block.ViewStart, block.ViewEnd));
        }
        if (removed.Count == 0) return article;
        return article with
        {
            Content = article.Content.Restrict(kept),
            Boilerplate = SpanSet.Normalize(article.Boilerplate.Concat(removed)),
        };
    }
}
