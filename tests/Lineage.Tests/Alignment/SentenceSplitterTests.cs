using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        return sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToList();
    }

    [Fact]
    public void Ends_sentences_at_stops_and_marks_of_several_scripts()
    {
        Assert.Equal(
            ["The river rose all night.", "Did the dam hold at all?", "Nobody in the town knew!"],
            Split("The river rose all night. Did the dam hold at all? Nobody in the town knew!"));
        Assert.Equal(2, Split("هل صمد السد طوال الليل؟ لم يعرف أحد في المدينة شيئا.").Count);
        Assert.Equal(2, Split("دریا رات بھر چڑھتا رہا۔ شہر میں کسی کو کچھ معلوم نہیں تھا۔").Count);
        Assert.Equal(2, Split("河水整夜上涨。镇上没有人知道。").Count);
    }

    [Fact]
    public void Does_not_end_a_sentence_at_an_initial_a_decimal_point_or_before_a_lower_case_word()
    {
        Assert.Single(Split("The report by J. Smith found a rise of 3.5 per cent approx. in two years."));
    }

    [Fact]
    public void Ends_a_sentence_at_a_blank_line_but_not_at_a_wrapped_line()
    {
        Assert.Equal(2, Split("A headline without a stop\n\nThe first line of the story\nwraps onto a second line.").Count);
    }

    [Fact]
    public void Joins_a_short_sentence_to_the_next_one()
    {
        Assert.Equal(["Yes. The council voted for the plan on Monday."], Split("Yes. The council voted for the plan on Monday."));
    }

    [Fact]
    public void Covers_every_word_once_with_spans_inside_the_text()
    {
        var text = "Officials said.  Nine people died in the floods on Monday!\r\n\r\nRescue teams reached the valley late. Was it too late?";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var next = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(next, s.Words.Start);
            next = s.Words.End;
            Assert.InRange(s.Span.Start, 0, text.Length);
            Assert.InRange(s.Span.End, s.Span.Start, text.Length);
            Assert.Equal(tokens.Starts[s.Words.Start], s.Span.Start);
            Assert.True(s.Span.End >= tokens.Ends[s.Words.End - 1]);
        }
        Assert.Equal(tokens.Count, next);
    }
}
