using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Tests.Storage;

public class ContentMapTests
{
    public static TheoryData<string, DocumentFormat> Documents => new()
    {
        { SampleCorpus.Text("000"), DocumentFormat.Text },
        { SampleCorpus.Text("003"), DocumentFormat.Text },
        { "<html><head><title>T</title></head><body><p>Caf&eacute; &amp; bar: the &ldquo;quoted&rdquo; words of a page.</p><p>Second paragraph, with more words than the first one had.</p></body></html>", DocumentFormat.Html },
        { "# Heading\n\nSome *emphasis* and a [link](http://example.org) in a paragraph of words.\n\n- a list item\n- another item\n", DocumentFormat.Markdown },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Rebuilds_an_article_view_with_the_same_chars_and_offsets(string text, DocumentFormat format)
    {
        var document = DocumentReader.Create("doc", "doc", text, format)!;
        foreach (var view in new[] { ArticleExtractor.Extract(document).Content, document.View })
        {
            var back = ContentMap.Decode(ContentMap.Encode(view, text), text);

            Assert.Equal(view.Chars, back.Chars);
            for (var i = 0; i < view.Chars.Length; i++) Assert.Equal(view.ToSource(i, i + 1), back.ToSource(i, i + 1));
        }
    }

    [Fact]
    public void Keeps_a_plain_text_article_in_a_few_bytes()
    {
        var text = SampleCorpus.Text("000");
        var view = ArticleExtractor.Extract(DocumentReader.Create("doc", "doc", text, DocumentFormat.Text)!).Content;
        Assert.True(ContentMap.Encode(view, text).Length < 200);
    }

    [Fact]
    public void Refuses_a_map_that_points_outside_its_text()
    {
        var text = "a few words here";
        var map = ContentMap.Encode(TextView.Identity(text).Restrict([(0, 5), (6, 11)]), text);
        Assert.Throws<StoreException>(() => ContentMap.Decode(map, "short"));
    }
}
