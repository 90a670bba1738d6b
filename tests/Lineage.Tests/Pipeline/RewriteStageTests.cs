using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Clustering;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;
using Lineage.Tests.Alignment;

namespace Lineage.Tests.Pipeline;

public class RewriteStageTests
{
    private const string Unrelated =
        "The central bank raised its main interest rate by a quarter of a point on Thursday. " +
        "Analysts had expected the move after inflation rose for a third month in a row. " +
        "Shares in Frankfurt fell slightly after the announcement.";

    private static Document Text(string id, string text) => DocumentReader.Create(id + ".txt", id, text, DocumentFormat.Text)!;

    private static ScanResult Scan(ScanOptions options) =>
        Scanner.Scan([Text("agency", RewriteFinderTests.Agency), Text("rewrite", RewriteFinderTests.Rewrite), Text("independent", RewriteFinderTests.Independent), Text("bank", Unrelated)], options);

    [Fact]
    public void Reports_a_rewritten_story_as_a_rewrite_with_its_rewritten_passage_and_not_another_report_of_the_event()
    {
        var result = Scan(new ScanOptions());

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(("agency", "rewrite"), (result.Documents[pair.A].Id, result.Documents[pair.B].Id));
        Assert.Empty(pair.Alignment.Passages);
        var rewritten = Assert.IsType<RewrittenReuse>(pair.Rewritten);
        Assert.Equal(DerivationKind.Rewrite, rewritten.Derivation.Kind);
        Assert.Single(rewritten.Passages);
        Assert.Equal(rewritten.SharedWords, pair.SharedWords);
    }

    [Fact]
    public void Reports_verbatim_reuse_only_with_rewrites_off()
    {
        var result = Scan(new ScanOptions { Rewrites = new RewriteOptions { Enabled = false } });

        Assert.Empty(result.Pairs);
    }

    private const string Shared =
        "The United Nations said on Tuesday that it had sent emergency teams with medicine, tents and water purification tablets to the worst hit districts of the north.";

    [Fact]
    public void Matches_the_sentences_of_a_verbatim_pair_that_is_no_rewrite_candidate_as_compare_does()
    {
        // A paragraph copied word for word, the rest of the story reworded: a verbatim pair.
        // Given no rewrite candidate at all, the stage still matches its sentences.
        var options = new ScanOptions();
        var documents = new[] { Text("agency", RewriteFinderTests.Agency + "\n\n" + Shared), Text("paper", Shared + "\n\n" + RewriteFinderTests.Rewrite) };
        var articles = ExtractStage.Articles(documents, options);
        var tokens = TokenizeStage.Tokenize(articles, options);
        var alignment = AlignStage.Align(tokens[0], tokens[1], options.Alignment);
        Assert.NotEmpty(alignment.Passages);
        var final = FurnitureStage.Apply(articles, tokens.Words(), [new DocumentPair(0, 1, alignment)], options);

        var pair = Assert.Single(RewriteStage.Apply(final, tokens, [], options));

        var rewritten = pair.Rewritten!;
        Assert.Single(rewritten.Passages);
        Assert.Equal(DerivationKind.Rewrite, rewritten.Derivation.Kind);
        var compared = Assert.Single(Scanner.Compare(documents[0], documents[1], options).Pairs).Rewritten!;
        Assert.Equal(compared.Derivation, rewritten.Derivation);
        Assert.Equal(compared.SharedWords, rewritten.SharedWords);
    }

    [Fact]
    public void Gives_every_verbatim_pair_a_derivation_and_keeps_its_passages()
    {
        var result = SampleCorpus.Scan;

        Assert.All(result.Pairs, p => Assert.NotNull(p.Rewritten));
        Assert.All(result.Pairs, p => Assert.NotEmpty(p.Alignment.Passages));
    }

    public class Closest_copies
    {
        // Terms of a story (1 … 20); a copy that misspells two of them (21, 22 in place of 3, 4) and
        // carries its site's words (90 … 95); a clean copy with words of its own site (80 … 82); and
        // a rewrite on the first copy's site that keeps 1 … 12.
        private static readonly uint[] Source = [.. Enumerable.Range(1, 20).Select(t => (uint)t)];
        private static readonly uint[] Misspelt = [1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 90, 91, 92, 93, 94, 95];
        private static readonly uint[] Clean = [.. Source, 80, 81, 82];
        private static readonly uint[] Rewrite = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 51, 90, 91, 92, 93, 94, 95];

        /// <summary>The pairs a found pair of the rewrite (the last document) and the group's representative becomes.</summary>
        private static List<(int, int)> Closest(uint[][] terms, DateOnly?[] published)
        {
            var rewrite = terms.Length - 1;
            var articles = terms.Select((_, i) => Text("d" + i, "x")).Select(a => new Lineage.Extraction.ExtractedDocument
            {
                Document = a, Content = a.View, Boilerplate = [], Metadata = new Lineage.Extraction.ArticleMetadata(),
            }).ToArray();
            var copies = new List<DocumentPair>();
            for (var d = 1; d < rewrite; d++) copies.Add(new(0, d, PairAlignment.None with { CoverageA = 1, CoverageB = 1 }));
            var groups = DuplicateGroups.Of(articles, [.. terms.Select(_ => 100)], copies);
            var found = new CandidatePair(groups.Of(0).Representative, rewrite, 5);
            return [.. RewriteCandidateStage.ClosestCopies([found], terms, published, groups).Select(p => (p.A, p.B))];
        }

        [Fact]
        public void Pairs_a_rewrite_with_the_copies_holding_most_of_the_story_it_kept_not_the_one_sharing_its_sites_words()
        {
            var pairs = Closest([Source, Misspelt, Clean, Rewrite], [null, null, null, null]);

            Assert.Equal([(0, 3), (2, 3)], pairs);
        }

        [Fact]
        public void Prefers_the_earliest_of_the_copies_holding_as_much_of_it()
        {
            var day = new DateOnly(2016, 9, 17);

            Assert.Equal([(0, 3)], Closest([Source, Misspelt, Clean, Rewrite], [day, day, day.AddDays(1), null]));
            Assert.Equal([(2, 3)], Closest([Source, Misspelt, Clean, Rewrite], [day.AddDays(1), day, day, null]));
        }
    }
}
