using Lineage.Alignment;
using Lineage.Pipeline;
using Lineage.Scanning;

namespace Lineage.Tests.Scanning;

/// <summary>Golden tests: the real pipeline on the seed articles in samples/.</summary>
public class SampleCorpusTests
{
    private static ScanResult Scan => SampleCorpus.Scan;

    private static int IndexOf(string prefix) => Scan.Documents.ToList().FindIndex(d => d.Id.StartsWith(prefix, StringComparison.Ordinal));

    private static DocumentPair PairOf(string x, string y)
    {
        int a = IndexOf(x), b = IndexOf(y);
        return Scan.Pairs.Single(p => (p.A == a && p.B == b) || (p.A == b && p.B == a));
    }

    [Fact]
    public void Reads_all_five_seed_articles()
    {
        Assert.Equal(5, Scan.Documents.Count);
        Assert.Empty(Scan.Problems);
    }

    [Fact]
    public void Finds_the_pdf_extracted_001_as_a_copy_of_000_in_at_most_three_passages()
    {
        var pair = PairOf("000", "001");
        Assert.InRange(pair.Alignment.Passages.Count, 1, 3);
        var coverage001 = pair.A == IndexOf("001") ? pair.Alignment.CoverageA : pair.Alignment.CoverageB;
        Assert.True(coverage001 >= 0.9, $"001 covered {coverage001:P1}");
    }

    [Fact]
    public void Calls_001_a_copy_of_000_in_one_verbatim_passage_and_reports_no_rewritten_one()
    {
        var pair = PairOf("000", "001");
        var rewritten = Assert.IsType<RewrittenReuse>(pair.Rewritten);

        Assert.Single(pair.Alignment.Passages);
        Assert.Empty(rewritten.Passages);
        Assert.Equal(DerivationKind.Copy, rewritten.Derivation.Kind);
        Assert.Equal(pair.A == IndexOf("001") ? PairSide.A : PairSide.B, rewritten.Derivation.Derived);
        Assert.Equal(1, rewritten.Derivation.Score);
    }

    /// <summary>
    /// Every other seed pair is about the same event and none derives from the other: 003 shares
    /// a 13-word quotation with 000 and 001 (reported as a verbatim passage, not as derivation),
    /// 002 is another agency's story, 004 the same author's follow-up on the same site.
    /// </summary>
    [Theory]
    [InlineData("000", "002", 0.0)]
    [InlineData("000", "003", 0.15)]
    [InlineData("000", "004", 0.05)]
    [InlineData("001", "002", 0.0)]
    [InlineData("001", "003", 0.15)]
    [InlineData("001", "004", 0.05)]
    [InlineData("002", "003", 0.1)]
    [InlineData("002", "004", 0.0)]
    [InlineData("003", "004", 0.0)]
    public void Calls_every_other_seed_pair_independent_with_how_little_of_it_matched(string x, string y, double most)
    {
        var compared = Scanner.Compare(Scan.Documents[IndexOf(x)], Scan.Documents[IndexOf(y)], new ScanOptions());
        var derivation = Assert.Single(compared.Pairs).Rewritten!.Derivation;

        Assert.Equal(DerivationKind.Independent, derivation.Kind);
        Assert.InRange(derivation.Score, 0, most);
        Assert.InRange(derivation.MatchedA, 0, most);
        Assert.InRange(derivation.MatchedB, 0, most);
        Assert.Empty(compared.Pairs[0].Rewritten!.Passages);
        // In the scan, a pair is there only for a verbatim passage (the quotation 003 shares).
        var scanned = Scan.Pairs.SingleOrDefault(p => p.A == IndexOf(x) && p.B == IndexOf(y));
        Assert.Equal(y == "003" && x != "002", scanned is not null);
        if (scanned is not null) Assert.Equal(derivation.Kind, scanned.Rewritten!.Derivation.Kind);
    }

    /// <summary>The scan matches the sentences of every verbatim pair that compare would: the same pair, the same evidence.</summary>
    [Theory]
    [InlineData("000", "003")]
    [InlineData("001", "003")]
    public void Gives_a_pair_the_same_evidence_in_the_scan_as_compare_gives_it(string x, string y)
    {
        var compared = Assert.Single(Scanner.Compare(Scan.Documents[IndexOf(x)], Scan.Documents[IndexOf(y)], new ScanOptions()).Pairs);
        var scanned = PairOf(x, y);

        Assert.Equal(compared.Rewritten!.Derivation, scanned.Rewritten!.Derivation);
        Assert.Equal(compared.Rewritten.SharedWords, scanned.Rewritten.SharedWords);
        Assert.Equal(compared.Rewritten.Passages.Count, scanned.Rewritten.Passages.Count);
        Assert.Equal(compared.Alignment.Passages.Select(p => (p.A, p.B)), scanned.Alignment.Passages.Select(p => (p.A, p.B)));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Aligns_the_russian_foreign_ministry_quotation_with_003(string source)
    {
        const string quote = "on the edge between gross negligence and direct assistance to Islamic State";
        var pair = PairOf(source, "003");
        var sourceIsA = pair.A == IndexOf(source);
        var textSource = Scan.Documents[IndexOf(source)].Text;
        var text003 = Scan.Documents[IndexOf("003")].Text;
        var passage = Assert.Single(pair.Alignment.Passages);
        var inSource = sourceIsA ? passage.A : passage.B;
        var in003 = sourceIsA ? passage.B : passage.A;
        Assert.Contains(quote, Normalise(textSource.Substring(inSource.Start, inSource.Length)));
        Assert.Contains(quote, Normalise(text003.Substring(in003.Start, in003.Length)));
    }

    [Fact]
    public void Reports_no_shared_text_between_000_and_004_which_share_only_site_boilerplate()
    {
        int a = IndexOf("000"), b = IndexOf("004");
        Assert.DoesNotContain(Scan.Pairs, p => (p.A == a && p.B == b) || (p.A == b && p.B == a));
    }

    [Fact]
    public void Leaves_no_reported_passage_inside_boilerplate()
    {
        foreach (var pair in Scan.Pairs)
            foreach (var passage in pair.Alignment.Passages)
            {
                Assert.False(Lineage.Text.SpanSet.Covers(Scan.Articles[pair.A].Boilerplate, passage.A));
                Assert.False(Lineage.Text.SpanSet.Covers(Scan.Articles[pair.B].Boilerplate, passage.B));
            }
    }

    [Fact]
    public void Keeps_every_passage_inside_both_documents_and_on_word_boundaries()
    {
        foreach (var pair in Scan.Pairs)
            foreach (var passage in pair.Alignment.Passages)
            {
                foreach (var (doc, span) in new[] { (pair.A, passage.A), (pair.B, passage.B) })
                {
                    var text = Scan.Documents[doc].Text;
                    Assert.InRange(span.End, span.Start + 1, text.Length);
                    Assert.True(char.IsLetterOrDigit(text[span.Start]), $"passage starts mid-word at {span}");
                    Assert.True(char.IsLetterOrDigit(text[span.End - 1]), $"passage ends mid-word at {span}");
                }
            }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
