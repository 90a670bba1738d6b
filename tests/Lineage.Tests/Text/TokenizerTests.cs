using Lineage.Text;

namespace Lineage.Tests.Text;

public partial class TokenizerTests
{
    private static string[] Folded(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) words[i] = tokens.FoldedOf(i).ToString();
        return words;
    }

    [Fact]
    public void Folds_case_and_accents()
    {
        Assert.Equal(["cafe", "deja", "vu", "zurich"], Folded("Café DÉJÀ-vu Zürich"));
    }

    [Fact]
    public void Keeps_apostrophes_inside_words_whatever_their_shape()
    {
        Assert.Equal(Folded("Russia's ministry"), Folded("Russia’s ministry"));
        Assert.Equal(["dont"], Folded("don't"));
    }

    [Fact]
    public void Rejoins_a_lower_case_word_hyphenated_across_a_line()
    {
        Assert.Equal(["the", "opposition", "said"], Folded("the oppo-\nsition said"));
        Assert.Equal(["the", "opposition"], Folded("the oppo- \r\n   sition"));
    }

    [Fact]
    public void Keeps_a_capitalised_compound_split_across_a_line_as_two_words()
    {
        Assert.Equal(["us", "led"], Folded("US-\nled"));
        Assert.Equal(Folded("US-led"), Folded("US-\nled"));
    }

    [Fact]
    public void Reads_words_in_every_script()
    {
        Assert.Equal(["москва", "заявила"], Folded("Москва заявила"));
        Assert.Equal(["دير", "الزور"], Folded("دير الزور"));
        Assert.Equal(["東", "京", "都"], Folded("東京都"));
    }

    [Fact]
    public void Unifies_arabic_letter_variants()
    {
        Assert.Equal(Folded("أحمد"), Folded("احمد"));
        // Urdu keheh and Arabic kaf: one word however an outlet spells it.
        Assert.Equal(Folded("پاکستان"), Folded("پاكستان"));
        Assert.Single(Folded("پاکستان"));
    }

    [Fact]
    public void Drops_combining_marks_inside_words()
    {
        Assert.Equal(Folded("مُحَمَّد"), Folded("محمد"));
    }

    [Fact]
    public void Cuts_runs_longer_than_the_longest_word()
    {
        var tokens = Tokenizer.Tokenize(new string('a', Tokenizer.MaxWordChars * 2 + 3));
        Assert.Equal(3, tokens.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_token_span_holds_the_word_it_names(int seed)
    {
        var text = RandomText(new Random(seed), 4000);
        var tokens = Tokenizer.Tokenize(text);
        Assert.True(tokens.Count > 100);
        var previousEnd = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = tokens.SpanOf(i);
            Assert.InRange(span.Start, previousEnd, text.Length);
            Assert.InRange(span.End, span.Start + 1, text.Length);
            previousEnd = span.End;
            // Re-tokenizing exactly the span gives back the same single word.
            var again = Tokenizer.Tokenize(text.Substring(span.Start, span.Length));
            Assert.Equal(1, again.Count);
            Assert.Equal(tokens.FoldedOf(i).ToString(), again.FoldedOf(0).ToString());
            Assert.Equal(tokens.Hashes[i], again.Hashes[0]);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void A_range_of_a_view_reads_as_that_text_alone(int seed)
    {
        var random = new Random(seed);
        var text = RandomText(random, 3000);
        // A segmented view (an article view) as well as the text itself: ranges are view indexes.
        var view = TextView.Identity(text).Restrict([(0, text.Length / 3), (text.Length / 2, text.Length)]);
        var inRange = new TokenList(16);
        for (var trial = 0; trial < 200; trial++)
        {
            var from = random.Next(view.Chars.Length);
            var to = from + random.Next(Math.Min(300, view.Chars.Length - from) + 1);
            Tokenizer.Tokenize(view, from, to, inRange);
            var alone = Tokenizer.Tokenize(view.Chars[from..to]);
            Assert.Equal(alone.Count, inRange.Count);
            for (var i = 0; i < alone.Count; i++)
            {
                Assert.Equal(alone.Hashes[i], inRange.Hashes[i]);
                // Offsets still point into the original text, at the same word.
                Assert.Equal(view.ToSource(from + alone.SpanOf(i).Start, from + alone.SpanOf(i).End), inRange.SpanOf(i));
            }
        }
    }

    [Fact]
    public void Maps_tokens_of_a_view_back_to_the_original_text()
    {
        const string html = "<p>Deir&nbsp;Ezzor &amp; caf&eacute;</p>";
        var view = Lineage.Reading.HtmlVisibleText.Extract(html);
        var tokens = Tokenizer.Tokenize(view);
        Assert.Equal(3, tokens.Count);
        Assert.Equal("Deir", html.Substring(tokens.SpanOf(0).Start, tokens.SpanOf(0).Length));
        Assert.Equal("caf&eacute;", html.Substring(tokens.SpanOf(2).Start, tokens.SpanOf(2).Length));
        Assert.Equal("cafe", tokens.FoldedOf(2).ToString());
    }

    internal static string RandomText(Random random, int words)
    {
        string[] vocabulary =
        [
            "Deir", "Ezzor", "coalition", "strike", "Syrian", "army", "said", "the", "of", "Russia’s", "don't", "Zürich",
            "москва", "دير", "الزور", "東京", "F-16", "62", "opposi-\ntion", "US-\nled", "“quoted”", "état", "naïve", "1,000",
        ];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(vocabulary[random.Next(vocabulary.Length)]);
            text.Append(random.Next(10) switch { 0 => ", ", 1 => ".\n", 2 => "  ", _ => " " });
        }
        return text.ToString();
    }
}

public partial class TokenizerTests
{
    [Fact]
    public void Marks_capitals_and_sentence_starts()
    {
        var tokens = Tokenizer.Tokenize("Michael Kuznetsov said. The Supreme Court\nruled: \u201CWe wait\u201D in Rome.");
        WordShape[] expected =
        [
            WordShape.Capitalised | WordShape.StartsSentence, WordShape.Capitalised, WordShape.None,
            WordShape.Capitalised | WordShape.StartsSentence, WordShape.Capitalised, WordShape.Capitalised,
            WordShape.StartsSentence, WordShape.Capitalised | WordShape.StartsSentence, WordShape.None, WordShape.None, WordShape.Capitalised,
        ];
        Assert.Equal(expected, tokens.Shapes.ToArray());
    }

    [Fact]
    public void A_compact_copy_keeps_the_shapes()
    {
        var tokens = Tokenizer.Tokenize("Michael Kuznetsov said. The Supreme Court ruled.");
        Assert.Equal(tokens.Shapes.ToArray(), tokens.Compact().Shapes.ToArray());
    }

    [Fact]
    public void Scripts_without_case_have_no_capitals()
    {
        var tokens = Tokenizer.Tokenize("قال المتحدث باسم الوزارة");
        foreach (var shape in tokens.Shapes) Assert.Equal(WordShape.None, shape & WordShape.Capitalised);
    }
}
