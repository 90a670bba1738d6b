using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Lineage.Extraction;

namespace Lineage.Bench.Micro;

/// <summary>
/// Finding the article in a web page, as <c>lineage extract</c> and a scan do for HTML input: the
/// page parsed, cut into blocks, each judged, the content element chosen and the rules on where the
/// article ends applied. The page wraps a generated article in the furniture news sites carry
/// (menu, share bar, writer box, teaser list, comments, footer).
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private string page = null!;

    [ParamsSource(nameof(Cases))]
    public TextCase Case { get; set; } = null!;

    /// <summary>The single articles: a 1 MB run of documents is not one page.</summary>
    public static IEnumerable<TextCase> Cases
    {
        get
        {
            foreach (var c in BenchInputs.Texts)
                if (c.Name.EndsWith("-article", StringComparison.Ordinal)) yield return c;
        }
    }

    [GlobalSetup]
    public void Setup() => page = NewsPage(Case.Text);

    [Benchmark]
    public int Extract() => HtmlArticleExtractor.Extract(page).ArticleBlocks.Count;

    private static string NewsPage(string text)
    {
        var html = new StringBuilder(text.Length * 2);
        html.Append("<!DOCTYPE html><html><head><title>Article</title><meta property=\"og:site_name\" content=\"Gazette\"></head><body>");
        html.Append("<header><nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>");
        html.Append("<main><article class=\"story\"><div class=\"share-bar\"><a href=\"/s/fb\">Share</a> <a href=\"/s/tw\">Tweet</a></div>");
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var tag = i == 0 ? "h1" : "p";
            html.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(paragraphs[i])).Append("</").Append(tag).Append('>');
        }
        html.Append("<div class=\"author-box\"><p>The writer has covered the town council for ten years and writes about schools and the harbour.</p></div></article>");
        html.Append("<div class=\"more-stories\">");
        for (var i = 1; i <= 4 && i < paragraphs.Length; i++)
            html.Append("<div class=\"item\"><h3><a href=\"/story/").Append(i).Append("\">Another story ").Append(i).Append("</a></h3><p>")
                .Append(WebUtility.HtmlEncode(paragraphs[i].Length > 120 ? paragraphs[i][..120] : paragraphs[i])).Append("</p></div>");
        html.Append("</div><section class=\"comments\"><div class=\"comment-body\"><p>I have been saying this for years, and nobody listened.</p></div></section></main>");
        html.Append("<footer><p>&copy; 2024 Gazette. All rights reserved.</p></footer></body></html>");
        return html.ToString();
    }
}
