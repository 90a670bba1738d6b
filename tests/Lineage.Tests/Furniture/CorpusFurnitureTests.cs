using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Furniture;
using Lineage.Scanning;
using Lineage.Text;
using Lineage.Tests.Clustering;

namespace Lineage.Tests.Furniture;

public class CorpusFurnitureTests
{
    private static string Notice(string site) =>
        $" All rights reserved. Reproduction in whole or in part in any form or medium without express written permission of {site} is prohibited.";

    /// <summary>Unrelated articles of five small sites, each page ending with the notice its site carries.</summary>
    private static SyntheticNews NoticeCorpus()
    {
        var news = new SyntheticNews();
        for (var i = 0; i < 5; i++)
        {
            var site = $"Daily{(char)('A' + i)}";
            news.Add($"page{i}", SyntheticNews.Write(i, 15, SyntheticNews.Vocabulary(10 + i)) + Notice(site), site: site.ToLowerInvariant() + ".example");
        }
        return news;
    }

    [Fact]
    public void A_notice_that_unrelated_pages_of_many_sites_carry_is_not_reuse()
    {
        var scan = NoticeCorpus().Scan();
        Assert.Empty(scan.Pairs);
        Assert.All(scan.Articles, a => Assert.Contains(a.Boilerplate, span => a.Document.Text.Substring(span.Start, span.Length).Contains("express written permission", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_pages_compared_word_for_word_share_the_notice()
    {
        var scan = NoticeCorpus().Scan(new ScanOptions { ArticlesOnly = false });
        Assert.NotEmpty(scan.Pairs);
    }

    [Fact]
    public void An_excerpt_of_a_paragraph_or_more_quoted_on_many_sites_stays_reuse()
    {
        var source = SyntheticNews.Write(1, 30, SyntheticNews.Vocabulary(1, 400));
        var excerpt = string.Join(". ", source.Split(". ").Skip(5).Take(7)) + ". ";
        var news = new SyntheticNews().Add("source", source, site: "wire.example");
        for (var i = 0; i < 4; i++)
            news.Add($"quoting{i}", SyntheticNews.Write(10 + i, 10, SyntheticNews.Vocabulary(20 + i, 400)) + excerpt + SyntheticNews.Write(20 + i, 10, SyntheticNews.Vocabulary(30 + i, 400)), site: $"site{i}.example");
        var scan = news.Scan();
        Assert.Equal(4, scan.Pairs.Count(p => scan.Documents[p.A].Id == "source" || scan.Documents[p.B].Id == "source"));
    }

    [Fact]
    public void A_lede_that_reprints_carry_at_the_top_and_other_articles_quote_stays_reuse()
    {
        // The lede opens the source and its three reprints (one duplicate group, at an edge of each),
        // and three unrelated articles quote it: two near their top, one inside its text.
        var lede = SyntheticNews.Write(1, 2, SyntheticNews.Vocabulary(1, 400));
        var source = lede + SyntheticNews.Write(2, 30, SyntheticNews.Vocabulary(2, 400));
        var news = new SyntheticNews();
        for (var i = 0; i < 4; i++) news.Add($"wire{i}", source, site: $"wire{i}.example");
        for (var i = 0; i < 2; i++)
            news.Add($"quoting{i}", SyntheticNews.Write(10 + 2 * i, 1, SyntheticNews.Vocabulary(10 + 2 * i, 400)) + lede + SyntheticNews.Write(11 + 2 * i, 20, SyntheticNews.Vocabulary(11 + 2 * i, 400)), site: $"site{i}.example");
        for (var i = 2; i < 3; i++)
            news.Add($"quoting{i}", SyntheticNews.Write(10 + 2 * i, 10, SyntheticNews.Vocabulary(10 + 2 * i, 400)) + lede + SyntheticNews.Write(11 + 2 * i, 10, SyntheticNews.Vocabulary(11 + 2 * i, 400)), site: $"site{i}.example");
        var scan = news.Scan();
        var quotations = scan.Pairs.Count(p => scan.Documents[p.A].Id.StartsWith("quoting", StringComparison.Ordinal) != scan.Documents[p.B].Id.StartsWith("quoting", StringComparison.Ordinal));
        Assert.Equal(12, quotations);
    }

    [Fact]
    public void A_quotation_that_touches_a_stock_line_is_not_learned_with_the_line()
    {
        // Twelve unrelated pages of twelve sites carry one stock line near their top: furniture.
        // One page quotes the source right after the line, its quotation aligned one word into
        // the line; two more pages quote an overlapping part of the source inside their text.
        // Joined by any overlap, the quotations and the line made one cluster, judged and learned
        // as one: the source's quoted text became furniture and its quotations were lost.
        const int words = 1000;
        var documents = new List<ExtractedDocument> { Page("source", "wire") };
        var pairs = new List<DocumentPair>();
        documents.Add(Page("quoting0", "site0"));
        documents.Add(Page("quoting1", "site1"));
        documents.Add(Page("quoting2", "site2"));
        pairs.Add(Pair(0, 1, (400, 437), (113, 150)));
        pairs.Add(Pair(0, 2, (410, 446), (500, 536)));
        pairs.Add(Pair(0, 3, (410, 446), (500, 536)));
        pairs.Add(Pair(2, 3, (500, 536), (500, 536)));
        for (var i = 0; i < 12; i++)
        {
            documents.Add(Page($"other{i}", $"other{i}"));
            pairs.Add(Pair(1, 4 + i, (100, 114), (100, 114)));
            for (var j = 0; j < i; j++) pairs.Add(Pair(4 + j, 4 + i, (100, 114), (100, 114)));
        }
        var counts = Enumerable.Repeat(words, documents.Count).ToArray();

        var learned = CorpusFurniture.Learn(documents, counts, pairs);

        Assert.Null(learned[0]);
        Assert.Null(learned[2]);
        // The line stays furniture.
        Assert.All(learned.Skip(4), spans => Assert.All(Assert.IsType<List<TextSpan>>(spans), span => Assert.Equal(Span(100, 114), span)));

        static ExtractedDocument Page(string id, string site) =>
            PlainArticle.Of(string.Concat(Enumerable.Repeat("word ", words)), id) with { Metadata = new ArticleMetadata { Site = site + ".example" } };

        static DocumentPair Pair(int a, int b, (int Start, int End) wordsA, (int Start, int End) wordsB)
        {
            var passage = new Passage
            {
                A = Span(wordsA.Start, wordsA.End),
                B = Span(wordsB.Start, wordsB.End),
                WordsA = new TokenRange(wordsA.Start, wordsA.End),
                WordsB = new TokenRange(wordsB.Start, wordsB.End),
                AlignedWords = wordsA.End - wordsA.Start,
                Identity = 1,
                Edits = [],
            };
            return new DocumentPair(a, b, PairAlignment.Of([passage], words, words));
        }
    }

    /// <summary>The chars of words [start, end) of a page of "word word …".</summary>
    private static TextSpan Span(int start, int end) => TextSpan.FromBounds(5 * start, 5 * end - 1);
}
