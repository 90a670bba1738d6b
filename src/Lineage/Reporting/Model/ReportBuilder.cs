using Lineage.Alignment;
using Lineage.Analysis;
using Lineage.Extraction;
using Lineage.Scanning;

namespace Lineage.Reporting.Model;

/// <summary>
/// Builds the report model from a scan and (when given) its analysis, item by item, so a writer
/// can stream a large corpus without holding the whole model. This is the one place that decides
/// what a report says: which names and groups are worth reporting, how numbers are rounded
/// (<see cref="ReportPrecision"/>), how documents are referred to (by id).
/// </summary>
public sealed partial class ReportBuilder(ScanResult scan, CorpusAnalysis? analysis)
{
    private int[]? storyOf;

    public ScanResult Scan => scan;

    public CorpusAnalysis? Analysis => analysis;

    /// <summary>The story id of every document (0 for none); all zero without an analysis.</summary>
    public int[] StoryOf => storyOf ??= StoriesOf(analysis, scan.Articles.Count);

    public ReportDocument Document(int index, bool includeText = false)
    {
        int? group = null, story = null;
        if (analysis is not null)
        {
            group = analysis.Duplicates.Of(index).Id;
            story = StoryOf[index];
        }
        return Document(scan.Articles[index], scan.WordCounts[index], includeText, group, story);
    }

    public static ReportDocument Document(ExtractedDocument article, int words, bool includeText = false, int? duplicateGroup = null, int? story = null)
    {
        var d = article.Document;
        var m = article.Metadata;
        var boilerplate = new ReportSpan[article.Boilerplate.Count];
        for (var i = 0; i < boilerplate.Length; i++) boilerplate[i] = ReportSpan.Of(article.Boilerplate[i]);
        return new ReportDocument(
            d.Id, d.Path, d.Line, FormatName(d.Format), d.Encoding, d.Text.Length, words,
            m.Url, m.Title, m.Site, m.Authors, m.Published, m.OriginalSource, m.Language,
            boilerplate, duplicateGroup, story, includeText ? article.ArticleText : null);
    }

    /// <summary>Pair <paramref name="index"/>, with its passages or (<paramref name="withPassages"/> false) their count.</summary>
    public ReportPair Pair(int index, bool withPassages = true)
    {
        var pair = scan.Pairs[index];
        var alignment = pair.Alignment;
        var rewritten = pair.Rewritten;
        return new ReportPair(
            scan.Documents[pair.A].Id, scan.Documents[pair.B].Id, pair.SharedWords,
            new ReportCoverage(ReportPrecision.Round(rewritten?.CoverageA ?? alignment.CoverageA), ReportPrecision.Round(rewritten?.CoverageB ?? alignment.CoverageB)),
            withPassages ? null : alignment.Passages.Count + (rewritten?.Passages.Count ?? 0),
            withPassages ? Passages(pair) : null,
            rewritten is null ? null : Derivation(rewritten.Derivation));
    }

    /// <summary>A pair's passages: verbatim ones, then rewritten ones.</summary>
    public static ReportPassage[] Passages(DocumentPair pair)
    {
        var verbatim = Passages(pair.Alignment.Passages);
        if (pair.Rewritten is not { Passages.Count: > 0 } rewritten) return verbatim;
        var result = new ReportPassage[verbatim.Length + rewritten.Passages.Count];
        verbatim.CopyTo(result, 0);
        for (var i = 0; i < rewritten.Passages.Count; i++) result[verbatim.Length + i] = Passage(rewritten.Passages[i]);
        return result;
    }

    public static ReportPassage[] Passages(IReadOnlyList<Passage> passages)
    {
        var result = new ReportPassage[passages.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var passage = passages[i];
            var edits = new ReportEdit[passage.Edits.Count];
            for (var e = 0; e < edits.Length; e++)
            {
                var edit = passage.Edits[e];
                edits[e] = new ReportEdit(EditName(edit.Kind), ReportSpan.Of(edit.A), ReportSpan.Of(edit.B));
            }
            result[i] = new ReportPassage(ReportSpan.Of(passage.A), ReportSpan.Of(passage.B), passage.AlignedWords, ReportPrecision.Round(passage.Identity), edits, Verbatim);
        }
        return result;
    }

    public const string Verbatim = "verbatim";
    public const string Rewritten = "rewritten";

    public static ReportPassage Passage(RewordedPassage passage)
    {
        var sentences = new ReportSentencePair[passage.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = passage.Sentences[i];
            sentences[i] = new ReportSentencePair(ReportSpan.Of(s.A), ReportSpan.Of(s.B), ReportPrecision.Round(s.Similarity), s.Joined);
        }
        var edits = new ReportEdit[passage.Changed.Count];
        for (var e = 0; e < edits.Length; e++)
        {
            var edit = passage.Changed[e];
            edits[e] = new ReportEdit(EditName(edit.Kind), ReportSpan.Of(edit.A), ReportSpan.Of(edit.B));
        }
        return new ReportPassage(ReportSpan.Of(passage.A), ReportSpan.Of(passage.B), passage.Words, null, edits, Rewritten, ReportPrecision.Round(passage.Similarity), sentences);
    }

    public static ReportDerivation Derivation(PairDerivation derivation) => new(
        DerivationName(derivation.Kind), ReportPrecision.Round(derivation.Score), derivation.Derived == PairSide.A ? "a" : "b",
        new ReportCoverage(ReportPrecision.Round(derivation.MatchedA), ReportPrecision.Round(derivation.MatchedB)),
        new ReportCoverage(ReportPrecision.Round(derivation.VerbatimA), ReportPrecision.Round(derivation.VerbatimB)));

    public static string DerivationName(DerivationKind kind) => kind switch
    {
        DerivationKind.Copy => "copy",
        DerivationKind.Rewrite => "rewrite",
        DerivationKind.Partial => "partial",
        _ => "independent",
    };

    public IEnumerable<ReportStory> Stories()
    {
        if (analysis is null) yield break;
        foreach (var story in analysis.Stories)
            yield return new ReportStory(story.Id, story.Label, story.Keywords, story.FirstPublished, story.LastPublished, Ids(story.Documents));
    }

    /// <summary>Groups of two or more copies; a document alone is its own group, named by its <c>duplicateGroup</c> only.</summary>
    public IEnumerable<ReportDuplicateGroup> DuplicateGroups()
    {
        if (analysis is null) yield break;
        foreach (var group in analysis.Duplicates.Groups)
            if (group.Documents.Count >= 2)
                yield return new ReportDuplicateGroup(group.Id, Id(group.Representative), Ids(group.Documents));
    }

    public IEnumerable<ReportCluster> Clusters()
    {
        if (analysis is null) yield break;
        foreach (var cluster in analysis.Clusters)
        {
            var members = new ReportOccurrence[cluster.Members.Count];
            for (var i = 0; i < members.Length; i++)
                members[i] = new ReportOccurrence(Id(cluster.Members[i].Document), cluster.Members[i].Span.Start, cluster.Members[i].Span.Length);
            yield return new ReportCluster(cluster.Id, members);
        }
    }

    public IEnumerable<ReportQuote> Quotes()
    {
        if (analysis is null) yield break;
        var documents = new List<string>();
        // A variant's documents, each once: marked with the variant's number, so nothing is cleared
        // between the corpus's hundreds of thousands of variants (a set cleared for each zeroes
        // all it ever grew to).
        var seenIn = new int[scan.Articles.Count];
        var round = 0;
        foreach (var quote in analysis.Quotes)
        {
            var count = 0;
            foreach (var variant in quote.Variants) count += variant.Occurrences.Count;
            var occurrences = new List<ReportQuoteOccurrence>(count);
            var variants = new ReportQuoteVariant[quote.Variants.Count];
            for (var v = 0; v < variants.Length; v++)
            {
                var variant = quote.Variants[v];
                round++;
                documents.Clear();
                foreach (var o in variant.Occurrences)
                {
                    occurrences.Add(new ReportQuoteOccurrence(Id(o.Document), o.Span.Start, o.Span.Length, o.Speaker, v));
                    if (seenIn[o.Document] == round) continue;
                    seenIn[o.Document] = round;
                    documents.Add(Id(o.Document));
                }
                variants[v] = new ReportQuoteVariant(variant.Text, variant.DifferingWords, documents.ToArray());
            }
            yield return new ReportQuote(quote.Id, quote.Variants[0].Text, occurrences, variants);
        }
    }

    /// <summary>Names spelled more than one way or met in more than one document: a name once in one document tells nothing across the corpus.</summary>
    public IEnumerable<ReportName> Names()
    {
        if (analysis is null) yield break;
        foreach (var group in analysis.Names)
        {
            if (!Reported(group)) continue;
            var variants = new ReportNameVariant[group.Variants.Count];
            for (var v = 0; v < variants.Length; v++)
            {
                var variant = group.Variants[v];
                var occurrences = new ReportOccurrence[variant.Occurrences.Count];
                for (var i = 0; i < occurrences.Length; i++)
                    occurrences[i] = new ReportOccurrence(Id(variant.Occurrences[i].Document), variant.Occurrences[i].Span.Start, variant.Occurrences[i].Span.Length);
                variants[v] = new ReportNameVariant(variant.Text, occurrences);
            }
            yield return new ReportName(group.Name, variants);
        }
    }

    public IEnumerable<ReportFact> Facts()
    {
        if (analysis is null) yield break;
        foreach (var storyFacts in analysis.Facts)
            foreach (var fact in storyFacts.Facts)
            {
                var mentions = new ReportFactMention[fact.Mentions.Count];
                for (var i = 0; i < mentions.Length; i++)
                {
                    var m = fact.Mentions[i];
                    mentions[i] = new ReportFactMention(Id(m.Document), m.Span.Start, m.Span.Length, m.Text, m.Value, m.Qualifier, m.Claim);
                }
                yield return new ReportFact(storyFacts.Story, fact.Subject, fact.Disagree, mentions);
            }
    }

    public IEnumerable<ReportProvenanceEdge> Provenance()
    {
        if (analysis is null) yield break;
        foreach (var edge in analysis.Provenance) yield return Edge(edge);
    }

    public static ReportProvenanceEdge Edge(Lineage.Provenance.ProvenanceEdge edge)
    {
        var evidence = new ReportEvidence[edge.Evidence.Count];
        for (var i = 0; i < evidence.Length; i++)
            evidence[i] = new ReportEvidence(edge.Evidence[i].Kind, edge.Evidence[i].Detail, ReportPrecision.Round(edge.Evidence[i].Weight));
        return new ReportProvenanceEdge(edge.From, edge.To, edge.FromExternal, ReportPrecision.Round(edge.Confidence), edge.Undetermined, evidence);
    }

    public IEnumerable<ReportProblem> Problems()
    {
        foreach (var problem in scan.Problems) yield return new ReportProblem(problem.Path, problem.Message, problem.Skipped);
    }

    /// <summary>The story id of every document (0 for none).</summary>
    public static int[] StoriesOf(CorpusAnalysis? analysis, int documents)
    {
        var result = new int[documents];
        if (analysis is null) return result;
        foreach (var story in analysis.Stories)
            foreach (var d in story.Documents) result[d] = story.Id;
        return result;
    }

    public static string EditName(EditKind kind) => kind switch
    {
        EditKind.Typo => "typo",
        EditKind.Substitution => "substitution",
        EditKind.OnlyInA => "onlyInA",
        _ => "onlyInB",
    };

    public static string FormatName(Reading.DocumentFormat format) => format.ToString().ToLowerInvariant();

    private string Id(int document) => scan.Documents[document].Id;

    private string[] Ids(IReadOnlyList<int> documents)
    {
        var ids = new string[documents.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = Id(documents[i]);
        return ids;
    }

    /// <summary>How many quotes <see cref="Quotes"/> gives.</summary>
    public int QuoteCount => analysis?.Quotes.Count ?? 0;

    /// <summary>How many names <see cref="Names"/> gives.</summary>
    public int NameCount
    {
        get
        {
            var count = 0;
            if (analysis is not null)
                foreach (var group in analysis.Names)
                    if (Reported(group)) count++;
            return count;
        }
    }

    private static bool Reported(Clustering.NameGroup group) => group.Variants.Count >= 2 || InTwoDocuments(group);

    private static bool InTwoDocuments(Clustering.NameGroup group)
    {
        var first = -1;
        foreach (var variant in group.Variants)
            foreach (var o in variant.Occurrences)
            {
                if (first < 0) first = o.Document;
                else if (o.Document != first) return true;
            }
        return false;
    }
}
