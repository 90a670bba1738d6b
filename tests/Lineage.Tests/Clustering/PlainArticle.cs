using System.Text;
using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Clustering;

/// <summary>Articles for extractor tests: a plain text taken whole, or an HTML page read and extracted as a scan does.</summary>
internal static class PlainArticle
{
    public static ExtractedDocument Of(string text, string id = "a") => ArticleExtractor.WholeText(new Document
    {
        Id = id,
        Path = id + ".txt",
        Text = text,
        View = TextView.Identity(text),
        Format = DocumentFormat.Text,
    });

    /// <summary>An HTML page's article: its view decodes entities, so view offsets are not the file's.</summary>
    public static ExtractedDocument Html(string html, string id = "a")
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var problems = new List<ReadProblem>();
        var document = DocumentReader.FromBytes(new InputFile(id + ".html", id, DocumentFormat.Html, bytes.Length), bytes, problems);
        Assert.Empty(problems);
        return ArticleExtractor.Extract(Assert.IsType<Document>(document));
    }
}
