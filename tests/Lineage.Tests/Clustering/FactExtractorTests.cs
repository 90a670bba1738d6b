using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class FactExtractorTests
{
    [Theory]
    // A casualty word wins over the first counted word.
    [InlineData("The strike left 62 people killed in the town.", 62, null, "killed", "62 people killed")]
    // Without one, the first counted word is the subject.
    [InlineData("Ankara sent 1000 elite soldiers and troops to the border.", 1000, null, "soldiers", "1000 elite soldiers")]
    [InlineData("Officials said 40 civilians were hurt.", 40, null, "injured", "40 civilians were hurt")]
    [InlineData("There were at least 62 deaths overnight.", 62, "at least", "killed", "at least 62 deaths")]
    [InlineData("Doctors treated over 100 wounded on Sunday.", 100, "more than", "injured", "over 100 wounded")]
    [InlineData("The army said dozens of fighters surrendered.", 24, null, "fighters", "dozens of fighters")]
    [InlineData("Some 1,200 troops crossed the river.", 1200, "about", "soldiers", "Some 1,200 troops")]
    public void Finds_the_number_its_qualifier_and_what_it_counts(string text, double value, string? qualifier, string subject, string mention)
    {
        var fact = Assert.Single(FactExtractor.Extract(4, PlainArticle.Of(text)));

        Assert.Equal((4, value, qualifier, subject), (fact.Document, fact.Value, fact.Qualifier, fact.Subject));
        Assert.Equal(mention, fact.Text);
        Assert.Equal(mention, text.Substring(fact.Span.Start, fact.Span.Length));
    }

    [Fact]
    public void An_aircraft_model_right_after_the_number_is_its_subject()
    {
        const string text = "The coalition sent two F-16 jets over the city.";

        var fact = FactExtractor.Extract(0, PlainArticle.Of(text)).First();

        Assert.Equal((2, "F-16", "two F-16"), (fact.Value, fact.Subject, fact.Text));
    }

    [Fact]
    public void The_number_inside_a_model_name_counts_nothing()
    {
        // "F-16 jets" is not sixteen jets.
        var facts = FactExtractor.Extract(0, PlainArticle.Of("The coalition sent two F-16 jets over the city.")).ToList();

        Assert.DoesNotContain(facts, f => f.Value == 16);
    }

    [Fact]
    public void The_subject_is_looked_for_in_the_five_words_after_the_number_only()
    {
        Assert.Empty(FactExtractor.Extract(0, PlainArticle.Of("Reports from 62 of the towns in the north say they killed nobody.")));
        Assert.Single(FactExtractor.Extract(0, PlainArticle.Of("Reports from 62 of the towns were killed.")));
    }

    [Fact]
    public void The_search_for_a_subject_stops_at_the_next_number()
    {
        var fact = Assert.Single(FactExtractor.Extract(0, PlainArticle.Of("Between 5 and 7 soldiers died.")));

        Assert.Equal((7, "killed"), (fact.Value, fact.Subject));
    }

    [Fact]
    public void The_search_for_a_subject_stops_at_the_end_of_the_sentence()
    {
        Assert.Empty(FactExtractor.Extract(0, PlainArticle.Of("The talks lasted 12. Soldiers waited outside.")));
    }

    [Fact]
    public void A_year_counts_nothing_but_casualties()
    {
        Assert.Empty(FactExtractor.Extract(0, PlainArticle.Of("In 2016 troops moved north.")));
        var fact = Assert.Single(FactExtractor.Extract(0, PlainArticle.Of("The floods left 2000 dead.")));
        Assert.Equal(2000, fact.Value);
    }

    [Fact]
    public void Numbers_inside_words_are_no_quantity()
    {
        Assert.Empty(FactExtractor.Extract(0, PlainArticle.Of("Unit B52 soldiers and someone killed nothing.")));
    }

    [Fact]
    public void Points_into_the_original_text_of_an_html_page()
    {
        const string html = "<html><body><article><p>Rescuers &amp; doctors said at least 62 people were killed in the attack on the market of the old town.</p></article></body></html>";
        var article = PlainArticle.Html(html);

        var fact = Assert.Single(FactExtractor.Extract(0, article));

        Assert.Equal("at least 62 people were killed", html.Substring(fact.Span.Start, fact.Span.Length));
    }

    [Fact]
    public void Facts_disagree_on_different_numbers_but_not_on_qualifiers()
    {
        var sixtyTwo = Assert.Single(FactExtractor.Extract(0, PlainArticle.Of("62 killed.")));
        var atLeast = Assert.Single(FactExtractor.Extract(1, PlainArticle.Of("At least 62 killed.")));
        var dozens = Assert.Single(FactExtractor.Extract(2, PlainArticle.Of("Dozens killed.")));

        Assert.False(new Fact("killed", [sixtyTwo, atLeast]).Disagree);
        Assert.True(new Fact("killed", [sixtyTwo, dozens]).Disagree);
        Assert.Equal("at least 62", atLeast.Claim);
    }
    /// <summary>Pieces that make quantities, near misses and the case forms outside ASCII (Kelvin sign, long s, dotted I), first or later in a word.</summary>
    private static readonly string[] Pieces =
    [
        "at least", "At Least", "more than", "over", "Some", "up to", "fewer than", "less", "almost", "AROUND",
        "62", "1,200", "3.5", "F-16", "one", "Two", "THREE", "ſix", "ſeven", "\u212Aills", "İ", "fİve", "NİNE", "thouſands", "uſ", "tħree", "oñe", "hundreds", "thousands", "dozens", "scores", "fifty",
        "someone", "oneself", "atlas", "at", "least", "up", "to", "tens", "sixes", "more", "-", "killed", "soldiers", "of", "people", "wounded", "jets", "B52", "٣", "x", ".", ",", "“", "é",
        " ", " ", "  ", "\n", "\t",
    ];

    [Fact]
    public void Quantities_are_the_matches_a_scan_of_every_position_finds()
    {
        var texts = Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(picks => string.Concat(picks.Select(p => Pieces[p])));
        texts.Sample(text =>
        {
            var scanned = FactExtractor.Quantity().Matches(text).Select(m => (m.Index, m.Length, m.Groups["rest"].Value)).ToList();
            var tried = FactExtractor.Quantities(text).Select(m => (m.Index, m.Length, m.Groups["rest"].Value)).ToList();
            Assert.Equal(scanned, tried);
        }, iter: 5000, threads: 1);
    }

    [Fact]
    public void Only_quantities_without_a_subject_are_ruled_out_before_their_parts_are_read()
    {
        // Pieces mostly apart by a space, so numbers and what they count follow each other.
        var random = new Random(17);
        var texts = Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(picks => string.Join(random.Next(2) == 0 ? " " : "", picks.Select(p => Pieces[p])));
        var kept = 0;
        texts.Sample(text =>
        {
            foreach (var m in FactExtractor.Quantities(text))
            {
                if (FactExtractor.SubjectOf(m.Groups["rest"].ValueSpan) is null) continue;
                Assert.True(FactExtractor.MayCount(text, m.Index, m.Length), $"'{m.Value}{m.Groups["rest"].Value}' names a subject");
                kept++;
            }
        }, iter: 5000, threads: 1);
        Assert.True(kept > 100, $"the random texts should hold quantities with subjects: {kept}");
        // And most quantities are ruled out: numbers that count nothing.
        Assert.False(FactExtractor.MayCount("at least 62 of the town", 0, 11));
        Assert.False(FactExtractor.MayCount("62, people", 0, 2));
        Assert.True(FactExtractor.MayCount("two F-16", 0, 3));
        Assert.True(FactExtractor.MayCount("62 of the people’ said", 0, 2));
    }

    /// <summary>The end of a mention as a match of the words of the rest gave it (the reference for the hand-written scan).</summary>
    private static int SubjectEndByExpression(int numberEnd, string rest, string subject)
    {
        var subjects = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["killed"] = "killed", ["dead"] = "killed", ["wounded"] = "injured", ["injured"] = "injured", ["soldiers"] = "soldiers", ["people"] = "people", ["jets"] = "aircraft",
        };
        foreach (System.Text.RegularExpressions.Match w in System.Text.RegularExpressions.Regex.Matches(rest, @"[\p{L}\p{N}’'-]+"))
        {
            var word = w.Value.Trim('’', '\'');
            if (subjects.TryGetValue(word, out var s) && s == subject || w.Value == subject) return numberEnd + w.Index + w.Length;
        }
        return numberEnd;
    }

    [Fact]
    public void A_mention_ends_after_the_word_of_its_subject_as_the_expression_finds_it()
    {
        string[] pieces = ["killed", "Killed", "'killed'", "’dead", "wounded’", "soldiers", "F-16", "jets", "of", "the", "٣", "é", "-", "'", " ", "\n", ",", ".", "x"];
        string[] subjects = ["killed", "injured", "soldiers", "aircraft", "F-16"];
        Gen.Int[0, pieces.Length - 1].Array[0, 12].Select(Gen.Int[0, subjects.Length - 1]).Sample((picks, subject) =>
        {
            var rest = string.Concat(picks.Select(p => pieces[p]));
            Assert.Equal(SubjectEndByExpression(7, rest, subjects[subject]), FactExtractor.SubjectEnd(7, rest, subjects[subject]));
        }, iter: 5000, threads: 1);
    }
}
