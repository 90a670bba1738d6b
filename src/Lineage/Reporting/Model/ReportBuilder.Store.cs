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
            var passages = Passages(match.Alignment.Passages);
            var traced = new ReportTracePassage[passages.Length];
            for (var p = 0; p < passages.Length; p++)
            {
                var passage = passages[p];
                var edits = new ReportTraceEdit[passage.Edits.Count];
                for (var e = 0; e < edits.Length; e++) edits[e] = new ReportTraceEdit(passage.Edits[e].Kind, passage.Edits[e].A, passage.Edits[e].B);
                traced[p] = new ReportTracePassage(passage.A, passage.B, passage.Words, passage.Identity ?? 0, edits);
            }
            matches[i] = new ReportTraceMatch(
                Document(match.Stored, match.Words), match.Added, match.Alignment.SharedWords,
                new ReportTraceCoverage(ReportPrecision.Round(match.Alignment.CoverageA), ReportPrecision.Round(match.Alignment.CoverageB)),
                match.Role, Edge(match.Provenance), traced);
        }
        var edges = new ReportProvenanceEdge[trace.Provenance.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = Edge(trace.Provenance[i]);
        var source = trace.Source is { } s
            ? new ReportTraceSource(s.Stored.Document.Id, ReportPrecision.Round(s.Alignment.CoverageA), !s.Provenance.Undetermined)
            : null;
        return new ReportTrace(Document(trace.Article, trace.Words), trace.StoredAs, trace.Candidates, source, matches, edges);
    }
}
