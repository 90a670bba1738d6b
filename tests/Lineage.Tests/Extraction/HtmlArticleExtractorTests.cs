using Lineage.Extraction;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Extraction;

public class HtmlArticleExtractorTests
{
    /// <summary>The visible text of each block, read through the page's visible-text view.</summary>
    internal static List<string> BlockTexts(string html, HtmlArticle article)
    {
        var view = HtmlVisibleText.Extract(html);
        var texts = new List<string>();
        foreach (var span in article.ArticleBlocks) texts.Add(ViewText(view, span));
        return texts;
    }

    private static string ViewText(TextView view, TextSpan span)
    {
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < view.Chars.Length; i++)
        {
            var source = view.ToSource(i, i + 1);
            if (source.Length > 0 && source.Start >= span.Start && source.End <= span.End) chars.Append(view.Chars[i]);
            // A line break inside the block (a <br>) is a space between its words.
            else if (source.Length == 0 && source.Start > span.Start && source.Start < span.End) chars.Append(' ');
        }
        return Collapse(chars.ToString());
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public class On_a_news_page
    {
        private readonly HtmlArticle article = HtmlArticleExtractor.Extract(HtmlPages.NewsPage);

        [Fact]
        public void Keeps_the_article_paragraphs_in_reading_order()
        {
            var texts = BlockTexts(HtmlPages.NewsPage, article);
            var paragraphs = texts.FindAll(t => t.Length > 100);
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], paragraphs);
        }

        [Fact]
        public void Leaves_out_navigation_sidebar_comments_share_buttons_and_footer()
        {
            var all = string.Join("\n", BlockTexts(HtmlPages.NewsPage, article));
            foreach (var boilerplate in new[] { "Home", "Most read", "newsletter", "comments", "saying for years", "six months is a very long", "Share on Facebook", "Tweet", "All rights reserved", "not text" })
                Assert.DoesNotContain(boilerplate, all);
        }

        [Fact]
        public void Reads_the_open_graph_and_meta_tags()
        {
            var metadata = article.Metadata;
            Assert.Equal("Bridge to close for repairs", metadata.Title);
            Assert.Equal("Riverside Gazette", metadata.SiteName);
            Assert.Equal("2024-03-05T09:30:00Z", metadata.Published);
            Assert.Equal(["Jane Doe"], metadata.Authors);
            Assert.Equal("https://gazette.example/news/bridge-to-close", metadata.Url);
            Assert.Equal("en-GB", metadata.Language);
        }
    }

    public class Offsets
    {
        public static TheoryData<string> Pages => new()
        {
            HtmlPages.NewsPage,
            HtmlPages.NewsPage.Replace("\n", "\r\n"),
            "<html><body><div><p>" + HtmlPages.Paragraph1.Replace("council", "co&shy;uncil &amp; &#8220;board&#x201D;") + "</p><!-- note --><p>x<script>if (a < b) {}</script>" + HtmlPages.Paragraph2 + " &copy;</p></div></body></html>",
            "<body><div>" + HtmlPages.Paragraph1 + "<br><br>" + HtmlPages.Paragraph2 + "<br>\n<br>" + HtmlPages.Paragraph3 + "</div>",
            "<table><tr><td><font face=x>" + HtmlPages.Paragraph1 + "</font><p>" + HtmlPages.Paragraph2 + "<td>" + HtmlPages.Paragraph3,
        };

        [Theory]
        [MemberData(nameof(Pages))]
        public void Each_block_span_covers_exactly_the_block_text(string html)
        {
            var view = HtmlVisibleText.Extract(html);
            var blocks = HtmlArticleExtractor.Classify(html, out _);
            Assert.NotEmpty(blocks);
            foreach (var block in blocks)
            {
                Assert.InRange(block.Span.Start, 0, html.Length);
                Assert.InRange(block.Span.End, block.Span.Start + 1, html.Length);
                Assert.Equal(block.Text, ViewText(view, block.Span));
                Assert.False(char.IsWhiteSpace(html[block.Span.Start]));
                Assert.False(char.IsWhiteSpace(html[block.Span.End - 1]));
            }
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public void Article_spans_are_in_order_and_do_not_overlap(string html)
        {
            var article = HtmlArticleExtractor.Extract(html);
            Assert.NotEmpty(article.ArticleBlocks);
            for (var i = 1; i < article.ArticleBlocks.Count; i++)
                Assert.True(article.ArticleBlocks[i - 1].End <= article.ArticleBlocks[i].Start);
        }
    }

    public class Elements_named_as_boilerplate
    {
        [Fact]
        public void Do_not_hide_an_article_they_wrap_but_still_hide_the_comments_and_teasers_inside_them()
        {
            var html = HtmlPages.ArticleInShareWrapper;
            var all = string.Join("\n", BlockTexts(html, HtmlArticleExtractor.Extract(html)));
            foreach (var paragraph in new[] { HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3 })
                Assert.Contains(paragraph, all);
            foreach (var boilerplate in new[] { "saying for years", "six months is a very long", "new library", "young striker", "Facebook" })
                Assert.DoesNotContain(boilerplate, all);
        }

        [Fact]
        public void Do_not_hide_the_page_when_they_are_its_layout_and_hold_all_its_running_text()
        {
            var html = HtmlPages.ArticleInLayoutNamedForAds;
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal(["Bridge to close for repairs", HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }

        [Fact]
        public void Still_hide_comments_that_hold_most_of_the_running_text()
        {
            var html = HtmlPages.ShortPostWithLongComments;
            var all = string.Join("\n", BlockTexts(html, HtmlArticleExtractor.Extract(html)));
            Assert.Contains("Detour: ring road A12", all);
            foreach (var comment in new[] { HtmlPages.Paragraph2, HtmlPages.Paragraph3, "saying for years" })
                Assert.DoesNotContain(comment, all);
        }
    }

    public class Post_metadata_lines
    {
        [Fact]
        public void Are_left_out_when_their_class_names_them_in_one_word()
        {
            var html = "<html><body><div class=\"post\"><h1>Bridge to close for repairs</h1><div class=\"entry\"><p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2
                + "</p><p>" + HtmlPages.Paragraph3 + "</p><p class=\"postmetadata alt\">This entry was posted on Tuesday, March 5th, 2024 at 9:30 am and is filed under Town news.</p></div></div></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal(["Bridge to close for repairs", HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }
    }

    public class Text_after_the_main_content
    {
        private readonly List<string> texts = BlockTexts(HtmlPages.ArticleFollowedByOtherText, HtmlArticleExtractor.Extract(HtmlPages.ArticleFollowedByOtherText));

        [Fact]
        public void Is_left_out_even_when_it_reads_as_running_text()
        {
            var all = string.Join("\n", texts);
            Assert.DoesNotContain("saying for years", all);
            Assert.DoesNotContain("library will open", all);
        }

        [Fact]
        public void Is_kept_when_it_is_built_as_the_article_paragraphs_are()
        {
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }
    }

    public class Boxes_about_the_writer
    {
        private const string Bio = "Jane Doe has covered the town council for the Riverside Gazette since 2015, and before that she wrote about schools and the harbour for a weekly paper on the coast.";

        [Fact]
        public void Are_left_out_after_the_article()
        {
            var html = "<html><body><div class=\"story\"><p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2 + "</p><p>" + HtmlPages.Paragraph3
                + "</p><div class=\"author-box\"><p>" + Bio + "</p></div></div></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }

        [Fact]
        public void Are_left_out_above_the_article_too()
        {
            var html = "<html><body><div class=\"main\"><div class=\"author-bio\"><p>" + Bio + "</p></div><div class=\"story\"><p>" + HtmlPages.Paragraph1 + "</p><p>"
                + HtmlPages.Paragraph2 + "</p><p>" + HtmlPages.Paragraph3 + "</p></div></div></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }

        [Fact]
        public void Are_kept_when_no_article_paragraph_stands_outside_them()
        {
            var html = "<html><body><div class=\"profile\"><h1>Jane Doe</h1><div class=\"profile_bio\"><p>" + Bio + "</p><p>" + HtmlPages.Paragraph1 + "</p></div></div></body></html>";
            var all = string.Join("\n", BlockTexts(html, HtmlArticleExtractor.Extract(html)));
            Assert.Contains(Bio, all);
        }
    }

    public class A_comment_section_in_the_post_element
    {
        private static string Page(string heading) =>
            "<html><body><div class=\"content\"><p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2 + "</p><h2>" + heading + "</h2><p>" + HtmlPages.Paragraph3
            + "</p><p class=\"posted\">Posted by: Sam | March 5, 2024 10:12 AM</p></div></body></html>";

        [Theory]
        [InlineData("3 Comments")]
        [InlineData("Kommentare (12)")]
        [InlineData("Leave a Reply")]
        public void Ends_the_article_at_its_heading(string heading)
        {
            var texts = BlockTexts(Page(heading), HtmlArticleExtractor.Extract(Page(heading)));
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2], texts);
        }

        [Theory]
        [InlineData("Comment")]
        [InlineData("05.03.2024 | 3 comment(s)")]
        public void Is_not_opened_by_a_heading_that_titles_a_part_or_counts_an_entry(string heading)
        {
            var all = string.Join("\n", BlockTexts(Page(heading), HtmlArticleExtractor.Extract(Page(heading))));
            Assert.Contains(HtmlPages.Paragraph3, all);
        }
    }

    public class Copyright_lines
    {
        [Fact]
        public void Are_left_out_after_the_last_paragraph_but_kept_above_it_where_they_credit_a_photo()
        {
            var html = "<html><body><article><p>Photographs \u00A9 Ann Smith for the Riverside Gazette</p><p>" + HtmlPages.Paragraph1 + "</p><p>"
                + HtmlPages.Paragraph2 + "</p><p>" + HtmlPages.Paragraph3 + "</p><p>\u00A9 2024 Riverside Gazette. All rights reserved.</p></article></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal(["Photographs \u00A9 Ann Smith for the Riverside Gazette", HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }

        [Theory]
        [InlineData("Copyright 2024 The Associated Press. All rights reserved.")]
        [InlineData("Riverside Gazette 2024. Alle Rechte vorbehalten.")]
        public void Are_left_out_after_the_last_paragraph_when_they_say_copyright_in_words(string notice)
        {
            var html = "<html><body><article><p>" + HtmlPages.Paragraph1 + "</p><p>" + HtmlPages.Paragraph2 + "</p><p>" + HtmlPages.Paragraph3
                + "</p><p>" + notice + "</p></article></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }
    }

    public class Noscript_elements
    {
        [Fact]
        public void Are_read_as_a_browser_running_scripts_reads_them_so_markup_left_open_inside_hides_nothing()
        {
            var html = "<html><body><noscript><div id=\"fallback\"></noscript><div class=\"story\"><p>" + HtmlPages.Paragraph1 + "</p><p>"
                + HtmlPages.Paragraph2 + "</p></div><noscript><p>Please enable JavaScript to see the comments on this story.</p></noscript></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2], texts);
        }
    }

    public class Links_inside_the_article
    {
        private readonly string all = string.Join("\n", BlockTexts(HtmlPages.ArticleWithLinkedText, HtmlArticleExtractor.Extract(HtmlPages.ArticleWithLinkedText)));

        [Fact]
        public void Are_kept_when_they_are_text_between_its_paragraphs()
        {
            Assert.Contains(HtmlPages.Paragraph1, all);
            Assert.Contains("The engineers' report and the council's repair plan are both online.", all);
            Assert.Contains("Read the inspection of the steel beams from last year", all);
            Assert.Contains("See the map of the detours around the town", all);
            Assert.Contains(HtmlPages.Paragraph3, all);
        }

        [Fact]
        public void Are_left_out_when_each_block_is_one_headline_link_or_they_follow_the_last_paragraph()
        {
            foreach (var link in new[] { "new ferry service", "ahead of schedule", "new budget", "cup final" })
                Assert.DoesNotContain(link, all);
        }
    }

    public class Linked_headings_inside_the_article
    {
        [Fact]
        public void Are_kept_above_a_paragraph_of_running_text()
        {
            var html = "<html><body><div class=\"story\"><p>" + HtmlPages.Paragraph1 + "</p><h3><a href=\"/bridges/old\">The old bridge</a></h3><p>" + HtmlPages.Paragraph2
                + "</p><h3><a href=\"/bridges/ring-road\">The ring road</a></h3><p>" + HtmlPages.Paragraph3 + "</p></div></body></html>";
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal([HtmlPages.Paragraph1, "The old bridge", HtmlPages.Paragraph2, "The ring road", HtmlPages.Paragraph3], texts);
        }
    }

    public class The_headline
    {
        [Fact]
        public void Joins_the_article_when_it_is_the_page_title_even_as_a_link_in_the_page_header()
        {
            var html = HtmlPages.BlogPostWithLinkedTitle;
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal(["Bridge to close for repairs", HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3], texts);
        }
    }

    public class Content_in_several_elements
    {
        [Fact]
        public void Is_taken_from_their_common_ancestor_when_they_score_alike()
        {
            var html = HtmlPages.PageOfShortEntries;
            var all = string.Join("\n", BlockTexts(html, HtmlArticleExtractor.Extract(html)));
            foreach (var line in new[] { "ferry was late", "Nobody on the quay", "new signs", "wrong way", "swans are back", "noise of the works" })
                Assert.Contains(line, all);
            Assert.DoesNotContain("Archive", all);
        }
    }

    public class A_paragraph_beside_the_content_element
    {
        [Fact]
        public void Joins_the_article_when_it_reads_as_text()
        {
            var html = HtmlPages.ArticleWithParagraphBesideIt;
            var texts = BlockTexts(html, HtmlArticleExtractor.Extract(html));
            Assert.Equal([HtmlPages.Paragraph1, HtmlPages.Paragraph2, HtmlPages.Paragraph3, "Ferries will run every twenty minutes."], texts);
        }
    }

    public class Pages_without_an_article
    {
        [Theory]
        [InlineData("")]
        [InlineData("<html><head><title>x</title></head><body></body></html>")]
        [InlineData("<html><body>   \n </body></html>")]
        [InlineData("<html><body><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather</a></li><li><a href='/about'>About us and our history</a></li></ul></body></html>")]
        [InlineData("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL /news/bridge was not found on this server.</p><hr><address>Apache Server at gazette.example Port 80</address></body></html>")]
        public void Give_no_blocks(string html)
        {
            Assert.Empty(HtmlArticleExtractor.Extract(html).ArticleBlocks);
        }
    }

    public class Malformed_html
    {
        public static TheoryData<string> Pages => new()
        {
            "<p>unclosed <b>bold <i>italic " + HtmlPages.Paragraph1,
            "<<<>>><p></div></td></table>&&&&#;&#xZZ;&#99999999;<a href='x>" + HtmlPages.Paragraph2,
            "</p></body></html>" + HtmlPages.Paragraph3 + "<html><body><p>",
            "<title>never closed " + HtmlPages.Paragraph1,
            "<script>" + HtmlPages.Paragraph1,
            "<!-- unterminated comment " + HtmlPages.Paragraph1,
            string.Concat(Enumerable.Repeat("<div>", 20_000)) + HtmlPages.Paragraph1,
            "<svg><p>" + HtmlPages.Paragraph1 + "</svg><math><mi>x</mi></math><template><p>hidden</p></template>",
            "\0\uFFFF\uD800<p>\u0001" + HtmlPages.Paragraph2,
            "<script type='application/ld+json'>{ broken json</script><p>" + HtmlPages.Paragraph2,
        };

        [Theory]
        [MemberData(nameof(Pages))]
        public void Never_throws_and_keeps_offsets_inside_the_page(string html)
        {
            var article = HtmlArticleExtractor.Extract(html);
            foreach (var span in article.ArticleBlocks) Assert.InRange(span.End, span.Start + 1, html.Length);
        }
    }
}
