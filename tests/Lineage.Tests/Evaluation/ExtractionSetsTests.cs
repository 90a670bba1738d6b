using System.IO.Compression;
using System.Text;
using Lineage.Evaluation;
using Lineage.Tests.Extraction;

namespace Lineage.Tests.Evaluation;

public class ExtractionSetsTests
{
    internal static void WriteGzip(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }

    internal static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public class Gold_text
    {
        [Fact]
        public void CleanEval_drops_the_url_line_and_block_markers()
        {
            var gold = CleanEvalSet.GoldText("URL: http://example.com/a\n<h>Title here\n<p>First para\ngoes on.\n<l>  * item");
            Assert.DoesNotContain("URL", gold);
            Assert.DoesNotContain("<p>", gold);
            Assert.Equal("Title here First para goes on. * item", string.Join(' ', gold.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }

        [Fact]
        public void Dragnet_stops_at_the_comments_marker()
        {
            Assert.Equal("Title\nBody text.\n", DragnetSet.GoldText("Title\nBody text.\n!@#$%^&*()  COMMENTS\nNice post!\n"));
            Assert.Equal("Title\n", DragnetSet.GoldText("Title\n!@ $%^&*()  COMMENTS\r\nNice post!"));
            Assert.Equal("No comments here", DragnetSet.GoldText("No comments here"));
        }

        [Fact]
        public void L3s_keeps_headline_and_full_text_and_restores_lost_apostrophes()
        {
            var gold = L3sGn1Set.GoldText([
                """{"label": "not-content", "text": "Home News"}""",
                """{"label": "headline", "text": "Kosovo?s future"}""",
                """{"label": "supplemental", "text": "16 January 2008"}""",
                """{"label": "fulltext", "text": "Talks ended ? without a deal."}""",
                """{"label": "comments", "text": "Great!"}""",
            ]);
            Assert.Equal("Kosovo\u2019s future\nTalks ended ? without a deal.\n", gold);
        }
    }

    public class Load
    {
        [Fact]
        public void Rejects_an_unknown_set_and_a_missing_folder()
        {
            using var folder = new TempFolder();
            var unknown = Assert.Throws<ExtractionSetException>(() => ExtractionSets.Load("nope", folder.Path));
            Assert.Contains("cleaneval", unknown.Message);
            Assert.Throws<ExtractionSetException>(() => ExtractionSets.Load("cleaneval", Path.Combine(folder.Path, "missing")));
            Assert.Throws<ExtractionSetException>(() => ExtractionSets.Load("dragnet-moz-2012", folder.Path));
        }

        [Fact]
        public void Reads_a_cleaneval_layout_with_dev_and_final_and_skips_pages_without_gold()
        {
            using var folder = new TempFolder();
            WriteGzip(Path.Combine(folder.Path, "dev", "input", "1.html.gz"), HtmlPages.NewsPage);
            WriteText(Path.Combine(folder.Path, "dev", "gold", "1.txt"), "URL: x\n<p>" + HtmlPages.Paragraph1);
            WriteGzip(Path.Combine(folder.Path, "final", "input", "2.html.gz"), HtmlPages.NewsPage);
            var cases = ExtractionSets.Load("cleaneval", folder.Path);
            var page = Assert.Single(cases);
            Assert.Equal("dev/1", page.Id);
            Assert.Contains("city council", page.Gold);
        }

        [Fact]
        public void Scores_the_extractor_on_a_set_end_to_end()
        {
            using var folder = new TempFolder();
            WriteGzip(Path.Combine(folder.Path, "html", "1.html.gz"), HtmlPages.NewsPage);
            WriteText(Path.Combine(folder.Path, "corrected", "1.html.corrected.txt"),
                $"{HtmlPages.Paragraph1}\n{HtmlPages.Paragraph2}\n{HtmlPages.Paragraph3}\n!@#$%^&*()  COMMENTS\nI have been saying for years");
            WriteGzip(Path.Combine(folder.Path, "html", "2.html.gz"), "<html><body><p>" + HtmlPages.Paragraph1);
            WriteText(Path.Combine(folder.Path, "corrected", "2.html.corrected.txt"), HtmlPages.Paragraph1);

            var evaluation = ExtractionEvaluator.Evaluate("dragnet-moz-2012", ExtractionSets.Load("dragnet-moz-2012", folder.Path));
            Assert.Equal(2, evaluation.Score.Pages);
            Assert.Equal(0, evaluation.PagesWithErrors);
            Assert.True(evaluation.Score.Recall > 0.99, $"recall {evaluation.Score.Recall}");
            Assert.True(evaluation.Score.Precision > 0.9, $"precision {evaluation.Score.Precision}");
        }

        [Fact]
        public void Reports_a_page_whose_extraction_throws_and_scores_it_empty()
        {
            var cases = new[] { new ExtractionCase("a", "unused.html", "one two three four") };
            using var folder = new TempFolder();
            var path = Path.Combine(folder.Path, "a.html");
            File.WriteAllText(path, "<p>x</p>");
            var evaluation = ExtractionEvaluator.Evaluate("test", [cases[0] with { HtmlPath = path }], _ => throw new InvalidOperationException("boom"));
            Assert.Equal(1, evaluation.PagesWithErrors);
            Assert.Contains("boom", evaluation.Pages[0].Error);
            Assert.Equal(0, evaluation.Score.Recall);
        }
    }

    public class Metadata
    {
        private static void WritePage(string folder, string name, string metadataJson)
        {
            var page = Path.Combine(folder, "pages", name);
            WriteText(Path.Combine(page, "source.html"), HtmlPages.NewsPage);
            WriteText(Path.Combine(page, "expected.html"), "<div><p>" + HtmlPages.Paragraph1 + "</p></div>");
            WriteText(Path.Combine(page, "expected-metadata.json"), metadataJson);
        }

        [Fact]
        public void Is_read_from_the_readability_pages_and_scored_field_by_field()
        {
            using var folder = new TempFolder();
            WritePage(folder.Path, "a", """{"title": "Bridge to close for repairs", "byline": "By Jane Doe", "siteName": "Riverside Gazette", "publishedTime": "2024-03-05T11:00:00+02:00", "lang": "en", "dir": null}""");
            WritePage(folder.Path, "b", """{"title": "Another title", "byline": "Sam Smith", "siteName": null, "lang": "fr"}""");
            var evaluation = ExtractionEvaluator.Evaluate("mozilla-readability-test-pages", ExtractionSets.Load("mozilla-readability-test-pages", folder.Path));
            var fields = evaluation.Metadata.ToDictionary(f => f.Field);
            Assert.Equal(new MetadataAccuracy("title", 2, 1), fields["title"]);
            Assert.Equal(new MetadataAccuracy("byline", 2, 1), fields["byline"]);
            Assert.Equal(new MetadataAccuracy("siteName", 1, 1), fields["siteName"]);
            Assert.Equal(new MetadataAccuracy("published", 1, 1), fields["published"]);
            Assert.Equal(new MetadataAccuracy("language", 2, 1), fields["language"]);
            Assert.Null(evaluation.Pages[1].Metadata!.SiteName);
        }

        [Fact]
        public void Compares_dates_as_instants_when_both_have_a_time_and_else_by_day()
        {
            var expected = new ExpectedMetadata(null, null, null, "2017-02-23T17:18:13-08:00", null);
            Assert.True(MetadataMatch.Compare(expected, new Lineage.Extraction.PageMetadata { Published = "2017-02-24T01:18:13Z" }).Published);
            Assert.False(MetadataMatch.Compare(expected, new Lineage.Extraction.PageMetadata { Published = "2017-02-24T09:00:00Z" }).Published);
            Assert.True(MetadataMatch.Compare(expected with { Published = "2017-02-23" }, new Lineage.Extraction.PageMetadata { Published = "2017-02-23T09:00:00Z" }).Published);
        }

        [Fact]
        public void Is_not_scored_for_sets_or_extractors_without_it()
        {
            using var folder = new TempFolder();
            WritePage(folder.Path, "a", """{"title": "Bridge to close for repairs"}""");
            var cases = ExtractionSets.Load("mozilla-readability-test-pages", folder.Path);
            Assert.Empty(ExtractionEvaluator.Evaluate("x", cases, html => html).Metadata);
            Assert.Empty(ExtractionEvaluator.Evaluate("x", [cases[0] with { Metadata = null }]).Metadata);
        }

        [Fact]
        public void A_file_that_is_not_json_is_an_error_naming_it()
        {
            using var folder = new TempFolder();
            WritePage(folder.Path, "a", "{ not json");
            var error = Assert.Throws<ExtractionSetException>(() => ExtractionSets.Load("mozilla-readability-test-pages", folder.Path));
            Assert.Contains("expected-metadata.json", error.Message);
        }
    }
}
