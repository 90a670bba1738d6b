using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Pipeline;

/// <summary>
/// Documents to articles: each document's article text, boilerplate and metadata, then the lines
/// a site repeats on many of its pages taken out as its template (<see cref="SiteTemplates"/>), so
/// that what the next stage tokenizes is already free of the furniture one hash a line can find.
/// With <see cref="ScanOptions.ArticlesOnly"/> off, every word of a document is its article.
/// </summary>
public static class ExtractStage
{
    /// <summary>One document's article, before site templates: a store counts a site's lines over its own pages (<c>StoreSiteTemplates</c>).</summary>
    public static ExtractedDocument Article(Document document, ScanOptions options) =>
        options.ArticlesOnly ? ArticleExtractor.Extract(document) : ArticleExtractor.WholeText(document);

    public static ExtractedDocument[] Articles(IReadOnlyList<Document> documents, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        var result = new ExtractedDocument[documents.Count];
        long done = 0;
        Parallel.For(0, documents.Count, options.ParallelOptions, i =>
        {
            result[i] = Article(documents[i], options);
            var n = Interlocked.Increment(ref done);
            if ((n & 255) == 0 || n == documents.Count) progress?.Report(new ScanProgress(ScanStage.Extracting, n, documents.Count));
        });
        return options.ArticlesOnly ? SiteTemplates.Remove(result, options.ParallelOptions) : result;
    }
}
