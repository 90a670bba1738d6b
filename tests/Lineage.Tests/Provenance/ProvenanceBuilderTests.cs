using CsCheck;
using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Provenance;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Provenance;

public class ProvenanceBuilderTests
{
    private const string SiteX = "alpha.example";
    private const string SiteY = "beta.example";
    private const string Outside = "Outside Wire";

    /// <summary>
    /// What one side of a pair says about itself: a publication date (or none), the source it
    /// names (none, the other document's site, or a source outside the corpus), and how much of it
    /// the shared text covers.
    /// </summary>
    private sealed record Side(string? Published, int Names, double Coverage);

    private static readonly Gen<Side> Sides = Gen.Select(
        Gen.Int[0, 3].Select(d => d == 0 ? null : $"2016-09-1{d}"),
        Gen.Int[0, 2],
        Gen.Int[0, 3].Select(c => new[] { 0.3, 0.6, 0.95, 1.0 }[c]),
        (published, names, coverage) => new Side(published, names, coverage));

    [Fact]
    public void Swapping_a_and_b_of_a_pair_flips_the_edge_relative_to_them_and_keeps_its_documents_and_confidence()
    {
        Gen.Select(Sides, Sides).Sample((x, y) =>
        {
            var docX = Article("x", SiteX, SiteY, x);
            var docY = Article("y", SiteY, SiteX, y);
            var straight = ProvenanceBuilder.Build([docX, docY], [new DocumentPair(0, 1, new PairAlignment([], x.Coverage, y.Coverage))])[0];
            var swapped = ProvenanceBuilder.Build([docY, docX], [new DocumentPair(0, 1, new PairAlignment([], y.Coverage, x.Coverage))])[0];

            Assert.Equal(straight.Undetermined, swapped.Undetermined);
            Assert.Equal(straight.Confidence, swapped.Confidence);
            Assert.Equal(straight.Evidence.Count, swapped.Evidence.Count);
            if (straight.Undetermined) return;
            // Same documents, so the same direction between them: from A to B one way is from B to A the other.
            Assert.Equal((straight.From, straight.To), (swapped.From, swapped.To));
            Assert.Equal(straight.FromDocument, 1 - swapped.FromDocument);
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Swapping_what_the_two_documents_say_flips_the_edge_and_keeps_its_confidence()
    {
        var decided = 0;
        Gen.Select(Sides, Sides).Sample((x, y) =>
        {
            var edge = ProvenanceBuilder.Build([Article("x", SiteX, SiteY, x), Article("y", SiteY, SiteX, y)],
                [new DocumentPair(0, 1, new PairAlignment([], x.Coverage, y.Coverage))])[0];
            // x now says what y said (its site included) and the other way round.
            var flipped = ProvenanceBuilder.Build([Article("x", SiteY, SiteX, y), Article("y", SiteX, SiteY, x)],
                [new DocumentPair(0, 1, new PairAlignment([], y.Coverage, x.Coverage))])[0];

            Assert.Equal(edge.Undetermined, flipped.Undetermined);
            Assert.Equal(edge.Confidence, flipped.Confidence);
            if (edge.Undetermined) return;
            Interlocked.Increment(ref decided);
            Assert.Equal((edge.From, edge.To), (flipped.To, flipped.From));
        }, iter: 2000, threads: 1);
        Assert.True(decided > 100, $"only {decided} of the generated pairs had a direction");
    }

    [Fact]
    public void Dates_against_containment_leave_the_direction_undetermined()
    {
        // Dates say one side came first, the shared text says the other: neither is strong enough alone.
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[0, 1], Gen.Bool).Sample((dayA, dayB, coverage, aFirst) =>
        {
            if (dayA == dayB) return;
            var (earlier, later) = aFirst ? ($"2016-09-1{Math.Min(dayA, dayB)}", $"2016-09-1{Math.Max(dayA, dayB)}")
                : ($"2016-09-1{Math.Max(dayA, dayB)}", $"2016-09-1{Math.Min(dayA, dayB)}");
            var a = Article("a", SiteX, SiteY, new Side(earlier, 0, 0));
            var b = Article("b", SiteY, SiteX, new Side(later, 0, 0));
            // A lies wholly inside B: the containment rule says B is the fuller original, so A copied.
            var inside = coverage == 0 ? new PairAlignment([], 0.95, 0.5) : new PairAlignment([], 1.0, 0.7);
            var against = aFirst ? inside : new PairAlignment([], inside.CoverageB, inside.CoverageA);

            var edge = ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, against)])[0];

            Assert.True(edge.Undetermined, string.Join("; ", edge.Evidence.Select(e => $"{e.Kind} {e.Weight}: {e.Detail}")));
            Assert.Equal(0, edge.Confidence);
            Assert.Contains(edge.Evidence, e => e.Kind == "date" && e.Weight != 0);
            Assert.Contains(edge.Evidence, e => e.Kind == "containment" && e.Weight != 0);
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void Each_naming_the_other_as_its_source_is_no_direction()
    {
        var a = Article("a", SiteX, SiteY, new Side(null, 1, 0.6));
        var b = Article("b", SiteY, SiteX, new Side(null, 1, 0.6));

        var edge = Assert.Single(ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, new PairAlignment([], 0.6, 0.6))]));

        Assert.True(edge.Undetermined);
        Assert.Equal(2, edge.Evidence.Count(e => e.Kind == "attribution"));
    }

    [Fact]
    public void Each_naming_the_other_is_no_direction_even_when_the_dates_differ()
    {
        // The attributions cancel; a date alone tips the sum, but what points the other way leaves no confidence.
        var a = Article("a", SiteX, SiteY, new Side("2016-09-11", 1, 0.6));
        var b = Article("b", SiteY, SiteX, new Side("2016-09-13", 1, 0.6));

        var edge = Assert.Single(ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, new PairAlignment([], 0.6, 0.6))]));

        Assert.True(edge.Undetermined);
        Assert.Equal(0, edge.Confidence);
    }

    [Fact]
    public void An_attribution_to_the_other_document_outweighs_the_dates()
    {
        // b was published first but says a is its original source (a dated copy reposted later is common).
        var a = Article("a", SiteX, SiteY, new Side("2016-09-12", 0, 0.6));
        var b = Article("b", SiteY, SiteX, new Side("2016-09-11", 1, 0.6));

        var edge = Assert.Single(ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, new PairAlignment([], 0.6, 0.6))]));

        Assert.False(edge.Undetermined);
        Assert.Equal(("a", "b"), (edge.From, edge.To));
        // 3 for, 1 against, the 1 against counted twice: 1 - e^-1.
        Assert.Equal(0.63, edge.Confidence);
        Assert.Contains(edge.Evidence, e => e.Kind == "attribution" && e.Weight > 0 && e.Detail.Contains("b names", StringComparison.Ordinal));
    }

    [Fact]
    public void The_earlier_document_is_the_source_when_only_the_dates_speak()
    {
        var a = Article("a", SiteX, SiteY, new Side("2016-09-13", 0, 0.6));
        var b = Article("b", SiteY, SiteX, new Side("2016-09-11", 0, 0.6));

        var edge = Assert.Single(ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, new PairAlignment([], 0.6, 0.6))]));

        Assert.False(edge.Undetermined);
        Assert.Equal(("b", "a", 1, 0), (edge.From, edge.To, edge.FromDocument, edge.ToDocument));
        Assert.Equal(0.63, edge.Confidence);
        Assert.All(edge.Evidence, e => Assert.True(e.Weight >= 0, $"{e.Kind} points against the edge it decided"));
    }

    [Fact]
    public void A_source_outside_the_corpus_is_an_external_edge_and_two_documents_naming_it_are_undetermined()
    {
        var a = Article("a", SiteX, SiteY, new Side(null, 2, 0.6));
        var b = Article("b", SiteY, SiteX, new Side(null, 2, 0.6));

        var edges = ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, new PairAlignment([], 0.6, 0.6))]);

        Assert.Equal(3, edges.Count);
        Assert.True(edges[0].Undetermined);
        Assert.Contains(edges[0].Evidence, e => e.Kind == "attribution" && e.Detail.Contains("both name", StringComparison.Ordinal));
        var external = edges.Skip(1).ToList();
        Assert.All(external, e => Assert.True(e.FromExternal && e.From == Outside && !e.Undetermined && e.FromDocument is null));
        Assert.Equal(["a", "b"], external.Select(e => e.To));
    }

    [Fact]
    public void No_evidence_is_undetermined_with_no_confidence()
    {
        var a = Article("a", SiteX, SiteY, new Side(null, 0, 0.6));
        var b = Article("b", SiteY, SiteX, new Side(null, 0, 0.6));

        var edge = Assert.Single(ProvenanceBuilder.Build([a, b], [new DocumentPair(0, 1, new PairAlignment([], 0.6, 0.6))]));

        Assert.True(edge.Undetermined);
        Assert.Equal(0, edge.Confidence);
    }

    public class Derived_pairs
    {
        private static DocumentPair Pair(DerivationKind kind, double matchedA, double matchedB, double verbatim = 0.1)
        {
            var derived = matchedB > matchedA ? PairSide.B : PairSide.A;
            var derivation = new PairDerivation(kind, Math.Max(matchedA, matchedB), derived, matchedA, matchedB, verbatim, verbatim);
            return new DocumentPair(0, 1, new PairAlignment([], verbatim, verbatim)) { Rewritten = new RewrittenReuse([], derivation, matchedA, matchedB, 100) };
        }

        private static IReadOnlyList<ProvenanceEdge> Build(DocumentPair pair, string? publishedA = null, string? publishedB = null) =>
            ProvenanceBuilder.Build([Article("a", SiteX, SiteY, new Side(publishedA, 0, 0.1)), Article("b", SiteY, SiteX, new Side(publishedB, 0, 0.1))], [pair]);

        [Fact]
        public void Get_no_edge_when_independent()
        {
            Assert.Empty(Build(Pair(DerivationKind.Independent, 0.1, 0.1), "2016-09-11", "2016-09-13"));
            Assert.Single(Build(Pair(DerivationKind.Partial, 0.3, 0.3), "2016-09-11", "2016-09-13"));
        }

        [Fact]
        public void Of_a_rewrite_point_from_the_source_to_the_side_derived_with_the_dates()
        {
            var edge = Assert.Single(Build(Pair(DerivationKind.Rewrite, 0.6, 0.95), "2016-09-11", "2016-09-12"));

            Assert.Equal(("a", "b"), (edge.From, edge.To));
            Assert.False(edge.Undetermined);
            var derivation = Assert.Single(edge.Evidence, e => e.Kind == "derivation");
            Assert.True(derivation.Weight > 0);
            Assert.Contains("b is a rewrite of a", derivation.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(edge.Evidence, e => e.Kind == "containment");
            // Dates and derivation: a higher confidence than the dates alone (0.63).
            Assert.True(edge.Confidence > 0.63, $"confidence {edge.Confidence}");
        }

        [Fact]
        public void Of_a_rewrite_are_undetermined_when_the_dates_say_the_derived_side_came_first()
        {
            var edge = Assert.Single(Build(Pair(DerivationKind.Rewrite, 0.6, 0.95), "2016-09-13", "2016-09-12"));

            Assert.True(edge.Undetermined);
            Assert.Contains(edge.Evidence, e => e.Kind == "derivation");
        }

        [Fact]
        public void Of_part_of_a_text_inform_without_pointing()
        {
            var edge = Assert.Single(Build(Pair(DerivationKind.Partial, 0.3, 0.5)));

            var derivation = Assert.Single(edge.Evidence, e => e.Kind == "derivation");
            Assert.Equal(0, derivation.Weight);
            Assert.StartsWith("partly derived: 50 % of b matched", derivation.Detail, StringComparison.Ordinal);
        }
    }

    /// <summary>A document on <paramref name="site"/> whose metadata says what <paramref name="side"/> says; it names <paramref name="other"/> when <see cref="Side.Names"/> is 1.</summary>
    private static ExtractedDocument Article(string id, string site, string other, Side side)
    {
        var text = $"Words of {id} that the pair shares with the other document.";
        var document = new Document { Id = id, Path = id + ".txt", Text = text, View = TextView.Identity(text), Format = DocumentFormat.Text };
        return ArticleExtractor.WholeText(document) with
        {
            Metadata = new ArticleMetadata
            {
                Site = site,
                Published = side.Published,
                OriginalSource = side.Names switch { 1 => other, 2 => Outside, _ => null },
            },
        };
    }
}
