using Lineage.Alignment;
using Lineage.Indexing;
using Lineage.Storage;

namespace Lineage.Reporting.Model;

/// <summary>The report model of the persistent index: its stats and traces against it.</summary>
public sealed partial class ReportBuilder
{
    public static ReportStoreStats Stats(StoreStats stats) => new(
        stats.Location, stats.Backend, stats.SchemaVersion, stats.Documents, stats.Pairs, stats.Passages,
        stats.Postings, stats.TermPostings, stats.TextChars, stats.Bytes,
        new ReportFingerprints(stats.Settings.NGram, stats.Settings.Window, stats.Settings.WholeText));

    /// <summary>One trace in the model: A of each alignment is the traced document, B the stored one.</summary>
    public static ReportTrace Trace(TraceResult trace)
    {
        var matches = new ReportTraceMatch[trace.Matches.Count];
        for (var i = 0; i < matches.Length; i++)
        {
            var match = trace.Matches[i];
            var verbatim = Passages(match.Alignment.Passages);
            var rewritten = match.Rewritten;
            var traced = new ReportTracePassage[verbatim.Length + (rewritten?.Passages.Count ?? 0)];
            for (var p = 0; p < verbatim.Length; p++) traced[p] = TracePassage(verbatim[p]);
            for (var p = verbatim.Length; p < traced.Length; p++) traced[p] = TracePassage(Passage(rewritten!.Passages[p - verbatim.Length]));
            matches[i] = new ReportTraceMatch(
                Document(match.Stored, match.Words), match.Added, match.SharedWords,
                new ReportTraceCoverage(ReportPrecision.Round(match.CoverageA), ReportPrecision.Round(match.CoverageB)),
                match.Role, Edge(match.Provenance), traced,
                rewritten is null ? null : TraceDerivation(rewritten.Derivation));
        }
        var edges = new ReportProvenanceEdge[trace.Provenance.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = Edge(trace.Provenance[i]);
        var source = trace.Source is { } s
            ? new ReportTraceSource(s.Stored.Document.Id, ReportPrecision.Round(s.CoverageA), !s.Provenance.Undetermined)
            : null;
        return new ReportTrace(Document(trace.Article, trace.Words), trace.StoredAs, trace.Candidates, source, matches, edges);
    }

    /// <summary>A scan's passage with its sides named for the trace: A is the traced document, B the stored one.</summary>
    private static ReportTracePassage TracePassage(ReportPassage passage)
    {
        var edits = new ReportTraceEdit[passage.Edits.Count];
        for (var e = 0; e < edits.Length; e++) edits[e] = new ReportTraceEdit(passage.Edits[e].Kind, passage.Edits[e].A, passage.Edits[e].B);
        ReportTraceSentencePair[]? sentences = null;
        if (passage.Sentences is { } pairs)
        {
            sentences = new ReportTraceSentencePair[pairs.Count];
            for (var k = 0; k < sentences.Length; k++) sentences[k] = new ReportTraceSentencePair(pairs[k].A, pairs[k].B, pairs[k].Similarity, pairs[k].Joined);
        }
        return new ReportTracePassage(passage.A, passage.B, passage.Words, passage.Identity, edits, passage.Kind, passage.Similarity, sentences);
    }

    private static ReportTraceDerivation TraceDerivation(PairDerivation derivation)
    {
        var d = Derivation(derivation);
        return new ReportTraceDerivation(d.Kind, d.Score, d.Derived == "a" ? "traced" : "stored",
            new ReportTraceCoverage(d.Matched.A, d.Matched.B), new ReportTraceCoverage(d.Verbatim.A, d.Verbatim.B));
    }
}
