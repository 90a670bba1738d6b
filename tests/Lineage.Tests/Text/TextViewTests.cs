using Lineage.Text;

namespace Lineage.Tests.Text;

public class TextViewTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_restricted_view_maps_every_word_back_to_the_same_word_in_the_original(int seed)
    {
        var random = new Random(seed);
        var text = TokenizerTests.RandomText(random, 2000);
        foreach (var original in new[] { TextView.Identity(text), Lineage.Reading.HtmlVisibleText.Extract(text) })
        {
            var ranges = new List<(int, int)>();
            for (var at = 0; at < original.Chars.Length;)
            {
                var length = random.Next(1, 200);
                if (random.Next(2) == 0) ranges.Add((at, Math.Min(original.Chars.Length, at + length)));
                at += length + random.Next(0, 50);
            }
            // Restricting twice (an article view of an article view) composes the mappings.
            var once = original.Restrict(ranges);
            var restricted = once.Restrict([(0, once.Chars.Length / 3), (once.Chars.Length / 2, once.Chars.Length)]);
            var tokens = Tokenizer.Tokenize(restricted);
            Assert.True(tokens.Count > 50);
            for (var i = 0; i < tokens.Count; i++)
            {
                var span = tokens.SpanOf(i);
                var again = Tokenizer.Tokenize(text.Substring(span.Start, span.Length));
                // A range may cut a word: the piece in the view is then a prefix or suffix of the original word.
                Assert.Equal(1, again.Count);
                Assert.Contains(tokens.FoldedOf(i).ToString(), again.FoldedOf(0).ToString());
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void An_article_view_rebuilds_the_same_chars_from_its_original_text(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 100; round++)
        {
            var text = TokenizerTests.RandomText(random, random.Next(0, 300));
            var ranges = new List<(int, int)>();
            for (var at = 0; at < text.Length;)
            {
                var length = random.Next(0, 80);
                if (random.Next(3) > 0) ranges.Add((at, Math.Min(text.Length, at + length)));
                at += length + random.Next(0, 20);
            }
            var once = TextView.Identity(text).Restrict(ranges);
            // Ranges of the article view cut through its breaks as well as through its lines.
            var inner = new List<(int, int)>();
            for (var at = 0; at < once.Chars.Length;)
            {
                var length = random.Next(1, 40);
                if (random.Next(2) == 0) inner.Add((at, Math.Min(once.Chars.Length, at + length)));
                at += length + random.Next(0, 5);
            }
            var twice = once.Restrict(inner);
            Assert.Equal(once.Chars, once.RebuiltChars());
            Assert.Equal(twice.Chars, twice.RebuiltChars());
            if (twice.Chars.Length > 0) Assert.NotSame(twice.Chars, twice.RebuiltChars());
        }
    }

    [Fact]
    public void A_restricted_view_of_plain_text_is_its_ranges_joined_by_blank_lines_and_maps_each_char_home()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var text = TokenizerTests.RandomText(random, random.Next(0, 400));
            var ranges = new List<(int, int)>();
            for (var at = 0; at < text.Length;)
            {
                var length = random.Next(0, 60);    // empty ranges too: they are skipped
                if (random.Next(2) == 0) ranges.Add((at, Math.Min(text.Length, at + length)));
                at += length + random.Next(0, 20);
            }
            var view = TextView.Identity(text).Restrict(ranges);

            // The reference: the ranges' text, a blank line between two, each break char mapped to the start of the range after it.
            var chars = new System.Text.StringBuilder();
            var sources = new List<int>();
            foreach (var (start, end) in ranges.Where(r => r.Item2 > r.Item1))
            {
                if (chars.Length > 0)
                {
                    chars.Append("\n\n");
                    sources.Add(start);
                    sources.Add(start);
                }
                chars.Append(text, start, end - start);
                for (var i = start; i < end; i++) sources.Add(i);
            }
            Assert.Equal(chars.ToString(), view.Chars);
            for (var i = 0; i < sources.Count; i++) Assert.Equal(sources[i], view.SourceStart(i));
        }
    }

    [Fact]
    public void A_view_excluding_original_spans_keeps_the_other_words_each_at_its_place()
    {
        const string text = "first line stays\nfurniture to cut out\nlast line stays";
        var cut = text.IndexOf("furniture", StringComparison.Ordinal);
        var view = TextView.Identity(text).Restrict([(0, text.Length)]);
        var excluded = view.Excluding([new TextSpan(cut, "furniture to cut out".Length)]);
        var tokens = Tokenizer.Tokenize(excluded);
        Assert.Equal(["first", "line", "stays", "last", "line", "stays"], Enumerable.Range(0, tokens.Count).Select(t => tokens.FoldedOf(t).ToString()));
        for (var t = 0; t < tokens.Count; t++)
            Assert.Equal(tokens.FoldedOf(t).ToString(), text.Substring(tokens.SpanOf(t).Start, tokens.SpanOf(t).Length));
    }

    [Fact]
    public void A_view_excluding_spans_outside_it_is_the_same_view()
    {
        var view = TextView.Identity("one two three");
        Assert.Same(view, view.Excluding([new TextSpan(20, 5)]));
    }
}

public class ViewSegmentsTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void A_view_mapped_char_by_char_maps_every_char_and_range_as_its_arrays_say(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            // Runs of copies, of chars sharing one range (entities), and empty ranges (breaks), in order.
            var starts = new List<int>();
            var ends = new List<int>();
            var at = 0;
            while (starts.Count < 300)
            {
                var run = random.Next(1, 12);
                switch (random.Next(3))
                {
                    case 0:
                        for (var k = 0; k < run; k++, at++)
                        {
                            starts.Add(at);
                            ends.Add(at + 1);
                        }
                        break;
                    case 1:
                        var width = random.Next(2, 8);
                        for (var k = 0; k < run; k++)
                        {
                            starts.Add(at);
                            ends.Add(at + width);
                        }
                        at += width;
                        break;
                    default:
                        for (var k = 0; k < run; k++)
                        {
                            starts.Add(at);
                            ends.Add(at);
                        }
                        break;
                }
                at += random.Next(0, 3);
            }
            var view = TextView.Mapped(new string('x', starts.Count), starts.ToArray(), ends.ToArray());
            Assert.True(view.SegmentCount < starts.Count);
            var hint = 0;
            for (var i = 0; i < starts.Count; i++)
            {
                Assert.Equal(starts[i], view.SourceStart(i));
                Assert.Equal(starts[i], view.SourceStart(i, ref hint));
                Assert.Equal(TextSpan.FromBounds(starts[i], ends[i]), view.ToSource(i, i + 1));
            }
            for (var r = 0; r < 50; r++)
            {
                var from = random.Next(starts.Count);
                var to = random.Next(from + 1, starts.Count + 1);
                Assert.Equal(TextSpan.FromBounds(starts[from], ends[to - 1]), view.ToSource(from, to));
            }
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void A_page_s_visible_text_maps_each_char_to_itself_or_to_what_it_decodes_or_replaces(int seed)
    {
        var random = new Random(seed);
        string[] parts = ["<p>", "</p>", "<div class=\"a b\">", "</div>", "&amp;", "&eacute;", "&#x41;", "&nbsp;", " ", "  \n\t ", "<br>", "<!-- c -->", "<script>x<y</script>", "word", "Mot", "é"];
        for (var round = 0; round < 200; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => parts[random.Next(parts.Length)]));
            var view = Lineage.Reading.HtmlVisibleText.Extract(html);
            var previous = 0;
            for (var i = 0; i < view.Chars.Length; i++)
            {
                var source = view.ToSource(i, i + 1);
                Assert.True(source.Start >= previous, html);
                previous = source.Start;
                var c = view.Chars[i];
                if (c == '\n') Assert.True(source.Length == 0 || char.IsWhiteSpace(html[source.Start]), html);
                else if (c == ' ') Assert.True(char.IsWhiteSpace(html[source.Start]) || html[source.Start] == '&', html);
                else if (source.Length == 1) Assert.Equal(html[source.Start], c);
                else Assert.Equal('&', html[source.Start]);
            }
        }
    }
}
