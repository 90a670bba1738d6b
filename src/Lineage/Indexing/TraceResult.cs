using Lineage.Extraction;
using Lineage.Provenance;

namespace Lineage.Indexing;

/// <summary>
/// One document traced against a store: its article, the stored documents it shares text with,
/// verbatim or reworded (most shared words first), every provenance edge among them, and the name of the stored
/// document with the very same text, if any (it is not counted as a match).
/// </summary>
public sealed record TraceResult(
    ExtractedDocument Article,
    int Words,
    string? StoredAs,
    IReadOnlyList<TraceMatch> Matches,
    IReadOnlyList<ProvenanceEdge> Provenance,
    int Candidates)
{
    /// <summary>
    /// The stored document the traced text most likely came from: the match sharing the most
    /// words with it that covers at least <see cref="TraceMatch.MinShare"/> of the traced
    /// document, unless the evidence says that one copied the traced document. Null when no match
    /// qualifies: a shared quotation or notice is no source. Its <see cref="TraceMatch.Provenance"/>
    /// says how sure the direction is.
    /// </summary>
    public TraceMatch? Source
    {
        get
        {
            foreach (var match in Matches)
                if (match.CoverageA >= TraceMatch.MinShare && (match.Provenance.Undetermined || match.IsSource)) return match;
            return null;
        }
    }
}
