namespace Lineage.Provenance;

/// <summary>
/// Who copied whom: text went from <see cref="From"/> to <see cref="To"/> (document ids, or the
/// name of a source outside the corpus when <see cref="FromExternal"/>), with a confidence in
/// [0, 1] and every piece of evidence. When the evidence is missing or conflicts the edge is
/// <see cref="Undetermined"/>: the documents share text, but the direction is not known.
/// </summary>
public sealed record ProvenanceEdge(string From, string To, bool FromExternal, double Confidence, bool Undetermined, IReadOnlyList<Evidence> Evidence)
{
    public int? FromDocument { get; init; }
    public int? ToDocument { get; init; }
}
