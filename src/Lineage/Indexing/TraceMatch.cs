using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Provenance;

namespace Lineage.Indexing;

/// <summary>
/// A stored document the traced one shares text with: the passages (A = the traced document,
/// B = the stored one), and the provenance edge between them with its evidence.
/// </summary>
public sealed record TraceMatch(ExtractedDocument Stored, int Words, DateTimeOffset Added, PairAlignment Alignment, ProvenanceEdge Provenance)
{
    /// <summary>The evidence says the stored document is where the text came from.</summary>
    public bool IsSource => !Provenance.Undetermined && Provenance.From == Stored.Document.Id;
}
