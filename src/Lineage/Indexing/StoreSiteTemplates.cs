using Lineage.Extraction;
using Lineage.Scanning;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// <see cref="SiteTemplates"/> against a store: a line of a new page is furniture when it occurs
/// on at least <see cref="SiteTemplates.MinPages"/> pages and a fifth of the pages of its site,
/// counted over the stored pages and the new ones, so it is taken out before the page is
/// fingerprinted and never pairs the page with the rest of its site. The store keeps the counts
/// (one row per site and line), so a new page costs a lookup per line, not a read of its site.
/// Stored pages keep the lines they were added with; pairs those lines would form are found by
/// alignment and removed by <see cref="Furniture.TemplateLearner"/>, as before.
/// </summary>
internal static class StoreSiteTemplates
{
    /// <summary>Takes furniture out of new pages and counts their lines into the store.</summary>
    public static List<PreparedDocument> ApplyAndCount(IIndexWriteSession session, IReadOnlyList<PreparedDocument> documents, ScanOptions options) =>
        Apply(session, session, documents, options);

    /// <summary>Takes furniture out of pages that are not added (a trace), each counted as one more page of its site.</summary>
    public static List<PreparedDocument> Apply(IIndexSession session, IReadOnlyList<PreparedDocument> documents, ScanOptions options) =>
        Apply(session, null, documents, options);

    private static List<PreparedDocument> Apply(IIndexSession session, IIndexWriteSession? counter, IReadOnlyList<PreparedDocument> documents, ScanOptions options)
    {
        var result = new List<PreparedDocument>(documents);
        if (!options.ArticlesOnly) return result;
        var sites = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Lines is null || documents[i].Article.Metadata.Site is not { } site) continue;
            if (!sites.TryGetValue(site, out var pages)) sites[site] = pages = [];
            pages.Add(i);
        }

        var changed = new List<(int Index, ExtractedDocument Article)>();
        foreach (var (site, pages) in sites)
        {
            var distinct = new HashSet<ulong>[pages.Count];
            var counts = new Dictionary<ulong, int>();
            for (var p = 0; p < pages.Count; p++)
            {
                distinct[p] = documents[pages[p]].Lines!.Distinct();
                foreach (var h in distinct[p]) counts[h] = counts.GetValueOrDefault(h) + 1;
            }
            var known = session.SiteLines(site, counts.Keys);
            counter?.CountSiteLines(site, pages.Count, counts);
            var total = known.Pages + pages.Count;
            if (total < SiteTemplates.MinPages) continue;
            var threshold = SiteTemplates.Threshold(total);
            foreach (var i in pages)
            {
                var document = documents[i];
                var article = document.Lines!.Without(document.Article, h => counts[h] + known.Counts.GetValueOrDefault(h) >= threshold);
                if (!ReferenceEquals(article, document.Article)) changed.Add((i, article));
            }
        }
        Parallel.For(0, changed.Count, options.ParallelOptions, k => result[changed[k].Index] = result[changed[k].Index].WithArticle(changed[k].Article, options));
        return result;
    }
}
