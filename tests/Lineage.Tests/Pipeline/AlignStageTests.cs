using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Extraction;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Tests.Pipeline;

public class AlignStageTests
{
    private static string Words(int seed, int count)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + random.Next(1_000_000))) + ".";
    }

    /// <summary>
    /// Eight documents: three share one passage, two another, one shares nothing, and the last two
    /// share only short phrases far apart (a candidate pair with nothing to align).
    /// </summary>
    internal static List<Document> Corpus()
    {
        var shared = Words(100, 60);
        var other = Words(200, 60);
        // Five-word phrases (one n-gram each) more than the alignment's gap apart: the fingerprints
        // they share are never two close on one diagonal.
        var phrases = Enumerable.Range(0, 12).Select(p => Words(300 + p, 5).TrimEnd('.')).ToArray();
        string Scattered(IEnumerable<string> order, int seed) => string.Join(' ', order.Select((p, k) => Words(seed + k, 70).TrimEnd('.') + " " + p)) + ".";
        string[] texts =
        [
            Words(1, 80) + "\n\n" + shared,
            shared + "\n\n" + Words(2, 80),
            Words(3, 40) + "\n\n" + shared + "\n\n" + Words(4, 40),
            Words(5, 80) + "\n\n" + other,
            other + "\n\n" + Words(6, 50),
            Words(7, 120),
            Scattered(phrases, 400),
            Scattered(phrases.Reverse(), 500),
        ];
        return [.. texts.Select((t, i) => DocumentReader.Create($"d{i}.txt", $"d{i}", t, DocumentFormat.Text)!)];
    }

    private static (CorpusTokens Tokens, CandidateSet Candidates, ScanOptions Options, ExtractedDocument[] Articles) Paired(ScanOptions? given = null)
    {
        var options = given ?? new ScanOptions();
        var articles = ExtractStage.Articles(Corpus(), options);
        var tokens = TokenizeStage.Tokenize(articles, options);
        return (tokens, CandidateStage.Find(tokens.Fingerprints, options), options, articles);
    }

    [Fact]
    public void Aligns_each_pair_from_the_kept_words_as_an_alignment_of_the_two_texts_tokenized_afresh_does()
    {
        var (tokens, candidates, options, articles) = Paired();
        var pairs = AlignStage.Align(tokens, candidates.ToAlign, options);
        Assert.Equal(4, pairs.Count);
        foreach (var pair in pairs)
        {
            var fresh = PairAligner.Align(Tokenizer.Tokenize(articles[pair.A].Content), Tokenizer.Tokenize(articles[pair.B].Content), options.Alignment);
            Assert.Equal(fresh.Passages.Select(p => (p.A, p.B)), pair.Alignment.Passages.Select(p => (p.A, p.B)));
            Assert.Equal(fresh.CoverageA, pair.Alignment.CoverageA);
        }
    }

    [Fact]
    public void Drops_the_words_of_a_document_no_candidate_names_and_of_every_document_after_its_last_pair()
    {
        var (tokens, candidates, options, _) = Paired();
        Assert.DoesNotContain(candidates.ToAlign, c => c.A == 5 || c.B == 5);
        Assert.Equal(tokens.Count, tokens.Kept);
        Assert.True(tokens.Holds(5));
        tokens.KeepFor(candidates.ToAlign);
        Assert.False(tokens.Holds(5));
        Assert.Throws<InvalidOperationException>(() => tokens[5]);
        Assert.True(tokens.Holds(0));
        AlignStage.Align(tokens, candidates.ToAlign, options);
        Assert.Equal(0, tokens.Held);
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.False(tokens.Holds(i));
            Assert.Throws<InvalidOperationException>(() => tokens[i]);
        }
    }

    [Fact]
    public void Tokenizes_again_for_each_pair_the_articles_past_the_kept_words_and_finds_the_same_pairs()
    {
        var (kept, keptCandidates, options, _) = Paired();
        var (none, noneCandidates, noneOptions, _) = Paired(new ScanOptions { KeptWords = 0 });
        Assert.Equal(0, none.Kept);
        Assert.False(none.Holds(0));
        var expected = AlignStage.Align(kept, keptCandidates.ToAlign, options);
        var actual = AlignStage.Align(none, noneCandidates.ToAlign, noneOptions);
        Assert.Equal(expected.Select(p => (p.A, p.B, p.Alignment.SharedWords)), actual.Select(p => (p.A, p.B, p.Alignment.SharedWords)));
        Assert.Equal(0, none.Held);
    }

    [Fact]
    public void Passes_on_to_alignment_only_the_candidates_that_pass_the_diagonal_check()
    {
        var (tokens, candidates, options, _) = Paired();
        var found = CandidateFinder.Find(tokens.Fingerprints, options.Fingerprints);
        Assert.Equal(found.Length, candidates.Found);
        Assert.Contains(found, c => c.A == 6 && c.B == 7);
        Assert.DoesNotContain(candidates.ToAlign, c => c.A == 6 && c.B == 7);
        var passing = found.Where(c => CandidateCheck.MayShareAPassage(tokens.Fingerprints[c.A], tokens.Fingerprints[c.B], options.Alignment.MaxGapWords, CandidateCheck.DiagonalSlack));
        Assert.Equal(passing, candidates.ToAlign);
    }
}
