using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Tests.Reading.Fuzzing;

/// <summary>
/// The store's decoders under fuzzing: what a damaged store hands them (an article map, a
/// compressed text, span and edit lists) must decode or be refused with a
/// <see cref="StoreException"/>, never throw anything else, and a decoded view must map inside its
/// text. Every input goes through every decoder, and article maps through both seed texts.
/// </summary>
internal static class StoreDecoding
{
    private static readonly Lazy<(string Text, TextView View)[]> Views = new(MakeViews);

    public static IEnumerable<byte[]> Seeds()
    {
        foreach (var (text, view) in Views.Value)
        {
            yield return ContentMap.Encode(view, text);
            yield return CompressedText.Compress(text);
        }
        yield return ContentMap.Encode(TextView.Identity("plain"), "plain");
        yield return SpanCodec.EncodeSpans([new TextSpan(0, 12), new TextSpan(40, 3), new TextSpan(1000, 70_000)]);
        yield return SpanCodec.EncodeEdits([
            new Edit(EditKind.Typo, new TextSpan(10, 4), new TextSpan(12, 6)),
            new Edit(EditKind.Substitution, new TextSpan(30, 0), new TextSpan(40, 9)),
            new Edit(EditKind.Substitution, new TextSpan(90, 5), new TextSpan(100, 0)),
        ]);
    }

    public static void Read(byte[] input)
    {
        foreach (var (text, _) in Views.Value)
            Refused(() =>
            {
                var view = ContentMap.Decode(input, text);
                for (var i = 0; i < view.Chars.Length; i += 1 + view.Chars.Length / 64)
                {
                    var source = view.ToSource(i, i + 1);
                    if (source.Start < 0 || source.End > text.Length)
                        throw new InvalidOperationException($"decoded view char {i} maps to [{source.Start}, {source.End}) outside a text of {text.Length} chars");
                }
            });
        Refused(() => CompressedText.Decompress(input));
        Refused(() => SpanCodec.DecodeSpans(input));
        Refused(() => SpanCodec.DecodeEdits(input));
    }

    private static void Refused(Action decode)
    {
        try
        {
            decode();
        }
        catch (StoreException)
        {
            // The decoders' one way to say the bytes are damaged.
        }
    }

    private static (string, TextView)[] MakeViews()
    {
        var text = File.ReadAllText(Directory.EnumerateFiles(SampleCorpus.Folder, "*.txt").Order(StringComparer.Ordinal).First());
        var page = Lineage.Tests.Extraction.HtmlPages.NewsPage;
        var textArticle = ArticleExtractor.Extract(DocumentReader.Create("a.txt", "a", text, DocumentFormat.Text)!).Content;
        var htmlArticle = ArticleExtractor.Extract(DocumentReader.Create("a.html", "a", page, DocumentFormat.Html)!).Content;
        return [(text, textArticle), (page, htmlArticle), (page, HtmlVisibleText.Extract(page)), (text, TextView.Identity(text))];
    }
}
