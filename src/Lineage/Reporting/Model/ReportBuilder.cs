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
    public int[] StoryOf => LazyInitializer.EnsureInitialized(ref storyOf, () => StoriesOf(analysis, scan.Articles.Count));

    public int DocumentCount => scan.Articles.Count;

    public int PairCount => scan.Pairs.Count;

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

    public static string FormatName(Reading.DocumentFormat format) =>
        (uint)format < (uint)FormatNames.Length && FormatNames[(int)format] is { } name ? name : format.ToString().ToLowerInvariant();

    /// <summary>Each format's name, made once rather than for every document.</summary>
    private static readonly string[] FormatNames = MadeFormatNames();

    private static string[] MadeFormatNames()
    {
        var formats = Enum.GetValues<Reading.DocumentFormat>();
        var names = new string[formats.Length];
        foreach (var format in formats)
            if ((uint)format < (uint)names.Length) names[(int)format] = format.ToString().ToLowerInvariant();
        return names;
    }

    private string Id(int document) => scan.Documents[document].Id;
}
