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
    /// <summary>Scores <see cref="HtmlArticleExtractor"/>: the text of its article blocks, one block a line.</summary>
    public static ExtractionEvaluation Evaluate(string set, IReadOnlyList<ExtractionCase> cases) =>
        Evaluate(set, cases, html => ArticleText(html, HtmlArticleExtractor.Extract(html)));

    public static ExtractionEvaluation Evaluate(string set, IReadOnlyList<ExtractionCase> cases, Func<string, string> extract)
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

    private static ExtractionPageResult EvaluatePage(ExtractionCase page, Func<string, string> extract)
    {
        var goldWords = Tokenizer.Tokenize(page.Gold).Count;
        string extracted;
        try
        {
            extracted = extract(BenchmarkFile.ReadText(page.HtmlPath, isHtml: true));
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
        var counts = ShingleScorer.Match(page.Gold, extracted);
        return new ExtractionPageResult(page.Id, counts, goldWords, Tokenizer.Tokenize(extracted).Count, null);
    }

    private static ExtractionPageResult Failed(ExtractionCase page, int goldWords, string error) =>
        new(page.Id, ShingleScorer.Match(page.Gold, ""), goldWords, 0, error);
}
