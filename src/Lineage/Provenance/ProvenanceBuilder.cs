using System.Globalization;
using System.Runtime.CompilerServices;
using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Provenance;

/// <summary>
/// Infers the direction of every reuse relation from named evidence, never a bare verdict:
/// explicit attribution ("The original source of this article is …") resolved to a document of
/// the corpus or kept as an external origin; publication dates; containment (one side wholly
/// inside the other) or, for a pair with a derivation, the side derived (<see cref="PairDerivation"/>:
/// a rewrite keeps less than its source wrote, so most of it is matched); edits (the side whose
/// differing words appear nowhere else in the corpus introduced them). The weights add up; too
/// little or conflicting evidence is "undetermined". A pair whose derivation is
/// <see cref="DerivationKind.Independent"/> (independent reports of one event) is no reuse
/// relation and gets no edge.
/// </summary>
public static class ProvenanceBuilder
{
    private const double AttributionWeight = 3;
    private const double DateWeight = 1;
    private const double ContainmentWeight = 0.5;
    private const double EditWeight = 0.5;
    private const double Decisive = 0.75;

    public static IReadOnlyList<ProvenanceEdge> Build(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<DocumentPair> pairs) =>
        Build(articles, pairs, pairs.Count > 0 ? Vocabulary.Of(articles, TypoWords(articles, pairs)) : null);

    /// <summary>
    /// The words <see cref="Build(IReadOnlyList{ExtractedDocument}, IReadOnlyList{DocumentPair}, Vocabulary?)"/>
    /// looks up in the corpus (only the misspelt-or-not words of the pairs' typos), for a caller that
    /// visits the documents' tokens itself; null without pairs.
    /// </summary>
    internal static Vocabulary? VocabularyFor(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<DocumentPair> pairs) =>
        pairs.Count > 0 ? Vocabulary.For(TypoWords(articles, pairs)) : null;

    /// <summary>The edges, given the vocabulary of the pairs' typo words with every document visited.</summary>
    internal static IReadOnlyList<ProvenanceEdge> Build(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<DocumentPair> pairs, Vocabulary? vocabulary)
    {
        var edges = new List<ProvenanceEdge>();
        var sources = new SourceDirectory(articles);
        if (pairs.Count > 0)
            foreach (var pair in pairs)
                if (pair.Rewritten?.Derivation.Kind != DerivationKind.Independent) edges.Add(PairEdge(articles, pair, vocabulary!, sources));
        for (var i = 0; i < articles.Count; i++)
            if (ExternalOrigin(articles, i, sources) is { } edge) edges.Add(edge);
        return edges;
    }

    /// <summary>
    /// What stands for an edge where a pair has none (<see cref="DerivationKind.Independent"/>): no
    /// direction, the derivation's shares as its one piece of evidence, so a listing of pairs can
    /// still say why none was copied from the other.
    /// </summary>
    public static ProvenanceEdge Independent(IReadOnlyList<ExtractedDocument> articles, DocumentPair pair)
    {
        string idA = articles[pair.A].Document.Id, idB = articles[pair.B].Document.Id;
        var detail = pair.Rewritten is { } rewritten
            ? $"independent reports: {rewritten.Derivation.MatchedA:P0} of {idA} and {rewritten.Derivation.MatchedB:P0} of {idB} matched"
            : "independent reports";
        return new ProvenanceEdge(idA, idB, FromExternal: false, Confidence: 0, Undetermined: true, [new Evidence("derivation", detail, 0)])
        {
            FromDocument = pair.A,
            ToDocument = pair.B,
        };
    }

    /// <summary>Both sides of every typo the pairs' passages hold: the words <see cref="EditEvidence"/> asks the vocabulary about.</summary>
    private static HashSet<string> TypoWords(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<DocumentPair> pairs)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
            foreach (var passage in pair.Alignment.Passages)
                foreach (var edit in passage.Edits)
                {
                    if (edit.Kind != EditKind.Typo) continue;
                    words.Add(TypoSide(articles[pair.A], edit.A));
                    words.Add(TypoSide(articles[pair.B], edit.B));
                }
        return words;
    }

    private static string TypoSide(ExtractedDocument article, TextSpan span) => TypoWord.Of(article.Document.Text, span).ToString();

    private static ProvenanceEdge? ExternalOrigin(IReadOnlyList<ExtractedDocument> articles, int i, SourceDirectory sources)
    {
        var m = articles[i].Metadata;
        if (m.OriginalSource is not { } source || sources.Resolve(i, source) >= 0) return null;
        var id = articles[i].Document.Id;
        var evidence = new List<Evidence> { new("attribution", $"{id} says its original source is {source}", AttributionWeight) };
        if (m.OriginalSourceDate is { } sourceDate)
        {
            var detail = m.Published is { } published
                ? $"{source} dated it {Written(sourceDate)}; {id} was published {Written(published)}"
                : $"{source} dated it {Written(sourceDate)}";
            var weight = m.Published is null ? 0 : string.CompareOrdinal(sourceDate, m.Published) <= 0 ? DateWeight : -DateWeight;
            evidence.Add(new Evidence("date", detail, weight));
        }
        return Edge(source, id, fromExternal: true, evidence, fromDocument: null, toDocument: i);
    }

    private static ProvenanceEdge PairEdge(IReadOnlyList<ExtractedDocument> articles, DocumentPair pair, Vocabulary vocabulary, SourceDirectory sources)
    {
        // Evidence weights point from A to B; a negative total turns the edge around.
        var a = articles[pair.A];
        var b = articles[pair.B];
        string idA = a.Document.Id, idB = b.Document.Id;
        var evidence = new List<Evidence>();

        if (b.Metadata.OriginalSource is { } sourceB && sources.Resolve(pair.B, sourceB) == pair.A)
            evidence.Add(new Evidence("attribution", $"{idB} names {sourceB} ({idA}) as its original source", AttributionWeight));
        if (a.Metadata.OriginalSource is { } sourceA && sources.Resolve(pair.A, sourceA) == pair.B)
            evidence.Add(new Evidence("attribution", $"{idA} names {sourceA} ({idB}) as its original source", -AttributionWeight));
        if (a.Metadata.OriginalSource is { } sa && b.Metadata.OriginalSource is { } sb && string.Equals(sa, sb, StringComparison.OrdinalIgnoreCase)
            && sources.Resolve(pair.A, sa) < 0)
            evidence.Add(new Evidence("attribution", $"both name {sa} as their original source", 0));

        evidence.Add(DateEvidence(idA, a.Metadata.Published, idB, b.Metadata.Published));
        evidence.Add(pair.Rewritten is { } rewritten && rewritten.Derivation.Kind != DerivationKind.Copy
            ? DerivationEvidence(idA, idB, rewritten.Derivation)
            : ContainmentEvidence(idA, idB, pair.Alignment));
        if (EditEvidence(a, b, pair.A, pair.B, pair.Alignment, vocabulary) is { } edits) evidence.Add(edits);
        evidence.Add(new Evidence("site", $"{idA}: {a.Metadata.Site ?? "site unknown"}; {idB}: {b.Metadata.Site ?? "site unknown"}", 0));

        double score = 0;
        foreach (var e in evidence) score += e.Weight;
        if (score >= 0) return Edge(idA, idB, fromExternal: false, evidence, pair.A, pair.B);
        for (var i = 0; i < evidence.Count; i++) evidence[i] = evidence[i] with { Weight = -evidence[i].Weight };
        return Edge(idB, idA, fromExternal: false, evidence, pair.B, pair.A);
    }

    private static ProvenanceEdge Edge(string from, string to, bool fromExternal, List<Evidence> evidence, int? fromDocument, int? toDocument)
    {
        double score = 0, against = 0;
        foreach (var e in evidence)
        {
            score += e.Weight;
            if (e.Weight < 0) against -= e.Weight;
        }
        // Conflicting evidence lowers confidence: what points the other way is subtracted twice.
        // When that leaves nothing (two documents that each name the other as their source, a date
        // tipping the sum), the direction is undetermined rather than decided with no confidence.
        var undetermined = score < Decisive || score - against <= 0;
        var confidence = undetermined ? 0 : Math.Round(1 - Math.Exp(-(score - against)), 2);
        return new ProvenanceEdge(from, to, fromExternal, Math.Max(0, confidence), undetermined, evidence) { FromDocument = fromDocument, ToDocument = toDocument };
    }

    private static Evidence DateEvidence(string idA, string? dateA, string idB, string? dateB)
    {
        if (dateA is null && dateB is null) return new Evidence("date", "neither document gives a publication date", 0);
        if (dateA is null || dateB is null)
            return new Evidence("date", $"only {(dateA is null ? idB : idA)} gives a date ({Written(dateA ?? dateB!)})", 0);
        var order = string.CompareOrdinal(dateA, dateB);
        if (order == 0) return new Evidence("date", $"both published {Written(dateA)}", 0);
        return new Evidence("date", $"{idA} published {Written(dateA)}, {idB} {Written(dateB)}", order < 0 ? DateWeight : -DateWeight);
    }

    private static Evidence ContainmentEvidence(string idA, string idB, PairAlignment alignment)
    {
        var (ca, cb) = (alignment.CoverageA, alignment.CoverageB);
        var shares = $"shared text is {ca:P0} of {idA} and {cb:P0} of {idB}";
        if (cb >= 0.9 && ca <= cb - 0.2) return new Evidence("containment", $"{idB} lies wholly inside {idA}: {shares}", ContainmentWeight);
        if (ca >= 0.9 && cb <= ca - 0.2) return new Evidence("containment", $"{idA} lies wholly inside {idB}: {shares}", -ContainmentWeight);
        return new Evidence("containment", ca >= 0.9 && cb >= 0.9 ? $"each holds the other almost whole: {shares}" : shares, 0);
    }

    /// <summary>
    /// A rewrite or a partial derivation, said with its shares. A side wholly derived (a rewrite)
    /// whose share matched is well above the other's points from the other side to it, as a copy
    /// wholly inside its source does (<see cref="ContainmentEvidence"/>); a partial derivation only informs.
    /// </summary>
    private static Evidence DerivationEvidence(string idA, string idB, PairDerivation derivation)
    {
        var (derived, other) = derivation.Derived == PairSide.A ? (idA, idB) : (idB, idA);
        var (matched, otherMatched) = derivation.Derived == PairSide.A ? (derivation.MatchedA, derivation.MatchedB) : (derivation.MatchedB, derivation.MatchedA);
        var verbatim = derivation.Derived == PairSide.A ? derivation.VerbatimA : derivation.VerbatimB;
        var shares = $"{matched:P0} of {derived} matched ({verbatim:P0} verbatim), {otherMatched:P0} of {other}";
        if (derivation.Kind == DerivationKind.Rewrite && otherMatched <= matched - 0.2)
        {
            var weight = derivation.Derived == PairSide.B ? ContainmentWeight : -ContainmentWeight;
            return new Evidence("derivation", $"{derived} is a rewrite of {other}: {shares}", weight);
        }
        var kind = derivation.Kind == DerivationKind.Rewrite ? "a rewrite" : "partly derived";
        return new Evidence("derivation", $"{kind}: {shares}", 0);
    }

    /// <summary>How many of a pair's differing words its edit evidence quotes.</summary>
    private const int QuotedDifferences = 6;

    /// <summary>Typos and replaced words; the side whose words are known elsewhere in the corpus kept the original.</summary>
    private static Evidence? EditEvidence(ExtractedDocument a, ExtractedDocument b, int indexA, int indexB, PairAlignment alignment, Vocabulary vocabulary)
    {
        // The quoted differences kept as spans until the detail is written: each word is copied
        // once, into it, and a typo's words are looked up as spans.
        Span<TextSpan> quoted = stackalloc TextSpan[2 * QuotedDifferences];
        string textA = a.Document.Text, textB = b.Document.Text;
        int differences = 0, aKnown = 0, bKnown = 0;
        var passages = alignment.Passages;
        for (var p = 0; p < passages.Count; p++)
        {
            var edits = passages[p].Edits;
            for (var e = 0; e < edits.Count; e++)
            {
                var edit = edits[e];
                if (edit.Kind is not (EditKind.Typo or EditKind.Substitution)) continue;
                if (differences < QuotedDifferences) (quoted[2 * differences], quoted[2 * differences + 1]) = (edit.A, edit.B);
                differences++;
                if (edit.Kind != EditKind.Typo) continue;
                var knownA = vocabulary.ElsewhereThan(TypoWord.Of(textA, edit.A), indexA, indexB);
                var knownB = vocabulary.ElsewhereThan(TypoWord.Of(textB, edit.B), indexA, indexB);
                if (knownA && !knownB) aKnown++;
                if (knownB && !knownA) bKnown++;
            }
        }
        if (differences == 0) return null;
        var weight = aKnown > bKnown ? EditWeight : bKnown > aKnown ? -EditWeight : 0;
        var detail = new DefaultInterpolatedStringHandler(16, 4);
        detail.AppendFormatted(a.Document.Id);
        detail.AppendLiteral("/");
        detail.AppendFormatted(b.Document.Id);
        detail.AppendLiteral(" differ in ");
        for (var k = 0; k < Math.Min(differences, QuotedDifferences); k++)
        {
            if (k > 0) detail.AppendLiteral(", ");
            detail.AppendLiteral("“");
            TypoWord.Of(textA, quoted[2 * k]).AppendTo(ref detail);
            detail.AppendLiteral("”/“");
            TypoWord.Of(textB, quoted[2 * k + 1]).AppendTo(ref detail);
            detail.AppendLiteral("”");
        }
        if (weight != 0)
        {
            detail.AppendLiteral("; ");
            detail.AppendFormatted(weight > 0 ? b.Document.Id : a.Document.Id);
            detail.AppendLiteral(" has the misspellings");
        }
        return new Evidence("edits", detail.ToStringAndClear(), weight);
    }

    private static string Written(string iso) =>
        DateOnly.TryParse(iso, CultureInfo.InvariantCulture, out var date) ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : iso;
}
