using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class QuoteExtractorTests
{
    [Theory]
    [InlineData("She said: “we will not stand aside” on Monday.", "we will not stand aside")]
    [InlineData("He said \"the border stays closed\" to reporters.", "the border stays closed")]
    [InlineData("Le ministre a dit « nous ne céderons pas » hier.", "nous ne céderons pas")]
    // An apostrophe inside single quotes does not close them.
    [InlineData("He called it ‘the country’s darkest day’ in his speech.", "the country’s darkest day")]
    public void Finds_quotations_between_each_kind_of_quotation_mark(string text, string quote)
    {
        var found = Assert.Single(QuoteExtractor.Extract(2, PlainArticle.Of(text)));

        Assert.Equal((2, quote), (found.Document, found.Text));
        Assert.Equal(quote, text.Substring(found.Span.Start, found.Span.Length));
    }

    [Fact]
    public void Quotations_of_fewer_than_three_words_are_left_out()
    {
        Assert.Empty(QuoteExtractor.Extract(0, PlainArticle.Of("The so-called “peace plan” was rejected, a “fait accompli”.")));
        Assert.Single(QuoteExtractor.Extract(0, PlainArticle.Of("The so-called “peace plan now” was rejected.")));
    }

    [Fact]
    public void Quotation_marks_around_more_than_1500_chars_are_no_quotation()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 320));
        Assert.Empty(QuoteExtractor.Extract(0, PlainArticle.Of($"It began “{words}” and ended.")));
        Assert.Single(QuoteExtractor.Extract(0, PlainArticle.Of($"It began “{words[..1400]}” and ended.")));
    }

    [Fact]
    public void Punctuation_and_spaces_at_either_end_are_trimmed_but_an_opening_parenthesis_is_kept()
    {
        const string text = "He said “... we will not stand aside, ” and left. She said “(and rightly so) they will come back.”";

        var quotes = QuoteExtractor.Extract(0, PlainArticle.Of(text));

        Assert.Equal(["we will not stand aside", "(and rightly so) they will come back"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length)));
    }

    [Theory]
    [InlineData("Maria Zakharova said “the strikes are a crime against Syria”.", "Maria Zakharova")]
    [InlineData("The ministry’s statement said “the strikes are a crime against Syria”.", "the ministry's statement")]
    [InlineData("The Syrian Foreign Ministry called the strikes a “crime against the Syrian people”.", "the Syrian Foreign Ministry")]
    // The speaker named right after the quotation.
    [InlineData("“The strikes are a crime against Syria,” the spokesman said.", "the spokesman")]
    [InlineData("“The strikes are a crime against Syria,” Maria Zakharova told reporters.", "Maria Zakharova")]
    // A speaker in the sentence before is not this quotation's.
    [InlineData("Maria Zakharova said nothing. “The strikes are a crime against Syria” was written on a wall.", null)]
    public void Names_the_speaker_the_sentence_gives(string text, string? speaker)
    {
        var found = Assert.Single(QuoteExtractor.Extract(0, PlainArticle.Of(text)));

        Assert.Equal(speaker, found.Speaker);
    }

    [Fact]
    public void Points_into_the_original_text_of_an_html_page()
    {
        const string html = "<html><body><article><p>At the market &amp; the station, Red Crescent said “the attack on the market was deliberate” and asked for help for the old town.</p></article></body></html>";

        var found = Assert.Single(QuoteExtractor.Extract(0, PlainArticle.Html(html)));

        Assert.Equal("the attack on the market was deliberate", html.Substring(found.Span.Start, found.Span.Length));
        Assert.Equal("Red Crescent", found.Speaker);
    }

    private static readonly string[] SentencePieces =
    [
        "The ", "the ", "Maria ", "Zakharova ", "Foreign ", "Ministry ", "ministry’s statement ", "ministry's statement ",
        "of ", "for ", "and ", "spokesman ", "officials ", "army ", "said", "says ", "told ", "called ", "the strikes ",
        "a ", "released a statement, saying that ", "insisted", ", ", ". ", "\n", "! ", "“", "”", "«", "»", "abc ", "O'Neil ",
    ];

    /// <summary>
    /// The speaker matched on the matched chars alone agrees with matching on the whole sentence
    /// before the quotation or the whole rest after it, as the extractor did.
    /// </summary>
    [Fact]
    public void The_speaker_matched_on_its_chars_alone_is_the_speaker_matched_on_the_sentence()
    {
        var named = 0;
        Gen.Int[0, SentencePieces.Length - 1].Array[0, 24].Select(Gen.Int[0, 24], Gen.Int[1, 12], static (picks, at, length) => (picks, at, length)).Sample(sample =>
        {
            var text = string.Concat(sample.picks.Select(p => SentencePieces[p])) + " “a quoted text” " + string.Concat(sample.picks.Reverse().Select(p => SentencePieces[p]));
            var quoteStart = text.IndexOf('“', StringComparison.Ordinal);
            var quoteEnd = text.IndexOf('”', quoteStart) + 1;
            var speaker = QuoteExtractor.Speaker(text, quoteStart, quoteEnd);
            Assert.Equal(SpeakerOnTheSentence(text, quoteStart, quoteEnd), speaker);
            if (speaker is not null) named++;
        }, iter: 3000);
        Assert.True(named > 300, "the generated sentences should name many speakers");
    }

    /// <summary>The speaker as first written: each pattern matched on the sentence's chars before or after the quotation, as a string.</summary>
    private static string? SpeakerOnTheSentence(string text, int quoteStart, int quoteEnd)
    {
        var (sentenceStart, afterEnd) = QuoteExtractor.SentenceAround(text, quoteStart, quoteEnd);
        var after = text[quoteEnd..afterEnd];
        var found = QuoteExtractor.SpeakerAfter().Match(after);
        if (found.Success) return QuoteExtractor.Clean(found.Groups["who"].Value);
        var before = QuoteExtractor.SpeakerBefore().Matches(text[sentenceStart..quoteStart]);
        return before.Count == 0 ? null : QuoteExtractor.Clean(before[^1].Groups["who"].Value);
    }
}
