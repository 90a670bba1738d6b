using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Evaluation;

/// <summary>
/// Runs an extractor over a benchmark's pages and scores each page's text against its gold
/// (<see cref="ShingleScorer"/>). Pages are independent, so they run in parallel; a page whose file
/// cannot be read or whose extraction throws is reported with its error and scored as empty.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>Scores <see cref="HtmlArticleExtractor"/>: the text of its article blocks, one block a line, and the metadata it reads.</summary>
    public static ExtractionEvaluation Evaluate(string set, IReadOnlyList<ExtractionCase> cases) =>
        EvaluateWithMetadata(set, cases, html =>
        {
            var article = HtmlArticleExtractor.Extract(html);
            return new ExtractionOutput(ArticleText(html, article), article.Metadata);
        });

    public static ExtractionEvaluation Evaluate(string set, IReadOnlyList<ExtractionCase> cases, Func<string, string> extract) =>
        EvaluateWithMetadata(set, cases, html => new ExtractionOutput(extract(html), null));

    /// <summary>Scores an extractor that reads metadata too, on the text and, where the set gives it, the metadata.</summary>
    public static ExtractionEvaluation EvaluateWithMetadata(string set, IReadOnlyList<ExtractionCase> cases, Func<string, ExtractionOutput> extract)
    {
        var results = new ExtractionPageResult[cases.Count];
        Parallel.For(0, cases.Count, i => results[i] = EvaluatePage(cases[i], extract));
        var counts = new ShingleCounts[results.Length];
        for (var i = 0; i < results.Length; i++) counts[i] = results[i].Counts;
        return new ExtractionEvaluation(set, ShingleScorer.Aggregate(counts), results);
    }

    /// <summary>The visible text of each article block of <paramref name="html"/>, one block a line.</summary>
    public static string ArticleText(string html, HtmlArticle article)
    {
        var text = new System.Text.StringBuilder();
        foreach (var block in article.ArticleBlocks)
            text.Append(HtmlVisibleText.Extract(html.Substring(block.Start, block.Length)).Chars.Trim()).Append('\n');
        return text.ToString();
    }

    private static ExtractionPageResult EvaluatePage(ExtractionCase page, Func<string, ExtractionOutput> extract)
    {
        var goldWords = Tokenizer.Tokenize(page.Gold).Count;
        ExtractionOutput output;
        try
        {
            output = extract(BenchmarkFile.ReadText(page.HtmlPath, isHtml: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Failed(page, goldWords, $"cannot read {page.HtmlPath}: {e.Message}");
        }
        catch (Exception e)
        {
            // An extractor bug on one page must not hide the other pages' scores; it is reported per page.
            return Failed(page, goldWords, $"{e.GetType().Name}: {e.Message}");
        }
        var counts = ShingleScorer.Match(page.Gold, output.Text);
        // An extractor that reads no metadata is not scored on it; one that does, on every field the set gives.
        var metadata = page.Metadata is null || output.Metadata is null ? null : MetadataMatch.Compare(page.Metadata, output.Metadata);
        return new ExtractionPageResult(page.Id, counts, goldWords, Tokenizer.Tokenize(output.Text).Count, null, metadata);
    }

    /// <summary>A page that could not be read or extracted scores as empty, its metadata as not found.</summary>
    private static ExtractionPageResult Failed(ExtractionCase page, int goldWords, string error) =>
        new(page.Id, ShingleScorer.Match(page.Gold, ""), goldWords, 0, error,
            page.Metadata is null ? null : MetadataMatch.Compare(page.Metadata, PageMetadata.None));
}
