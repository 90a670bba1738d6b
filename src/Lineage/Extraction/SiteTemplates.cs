using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Site furniture found before any alignment: a line that recurs word for word on many pages of
/// one site (at least <see cref="MinPages"/> pages and a fifth of the site's pages) is template,
/// not article. It is cheap (one hash a line) and takes out most of a large site's furniture
/// before it can pair pages; <see cref="Furniture.TemplateLearner"/> then finds the rest (shorter runs,
/// lines that vary) from the pairs that remain. A line shared by two or three pages only, as
/// copies of one article are, is left for alignment to judge.
/// </summary>
public static class SiteTemplates
{
    public const int MinPages = 4;
    private const double MinShareOfSite = 0.2;

    public static ExtractedDocument[] Remove(IReadOnlyList<ExtractedDocument> articles, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var result = articles.ToArray();
        var lines = new ArticleLines[articles.Count];
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
            lines[i] = ArticleLines.Of(articles[i].Content, tokens);
            return tokens;
        }, _ => { });

        foreach (var pages in sites.Values)
        {
            if (pages.Count < MinPages) continue;
            var counts = new Dictionary<ulong, int>();
            foreach (var page in pages)
                foreach (var hash in lines[page].Distinct())
                    counts[hash] = counts.GetValueOrDefault(hash) + 1;
            var threshold = Threshold(pages.Count);
            foreach (var page in pages) result[page] = lines[page].Without(articles[page], hash => counts[hash] >= threshold);
        }
        return result;
    }

    /// <summary>On how many of a site's <paramref name="pages"/> a line must stand to be furniture.</summary>
    internal static int Threshold(int pages) => Math.Max(MinPages, (int)Math.Ceiling(MinShareOfSite * pages));
}
