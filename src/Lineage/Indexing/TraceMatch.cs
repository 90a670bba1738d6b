using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Provenance;

namespace Lineage.Indexing;

/// <summary>
/// A stored document the traced one shares text with: the verbatim passages (A = the traced
/// document, B = the stored one), when rewrites are looked for the rewritten passages beside them
/// and how one derives from the other (<see cref="Rewritten"/>), and the provenance edge between
/// them with its evidence.
/// </summary>
public sealed record TraceMatch(ExtractedDocument Stored, int Words, DateTimeOffset Added, PairAlignment Alignment, ProvenanceEdge Provenance)
{
    /// <summary>
    /// The share of either document the passages must cover before the match is called a copy or a
    /// source. Below it the two share a passage (a quotation, a stock paragraph, a cookie notice two
    /// sites both carry), which says nothing about where either document came from. A quotation or
    /// a notice is a few percent of an article (the samples' shared quotation: 3-4 %), a copy or
    /// a story built on another far more (the samples' PDF copy: 97 %); a fifth lies well between.
    /// </summary>
    public const double MinShare = 0.2;

    /// <summary>The rewritten passages and the pair's derivation; null when rewrites were not looked for.</summary>
    public RewrittenReuse? Rewritten { get; init; }

    /// <summary>Words of both kinds of passage.</summary>
    public int SharedWords => Rewritten?.SharedWords ?? Alignment.SharedWords;

    /// <summary>The share of the traced document inside a passage of either kind.</summary>
    public double CoverageA => Rewritten?.CoverageA ?? Alignment.CoverageA;

    /// <summary>The share of the stored document inside a passage of either kind.</summary>
    public double CoverageB => Rewritten?.CoverageB ?? Alignment.CoverageB;

    /// <summary>The passages cover at least <see cref="MinShare"/> of the traced or of the stored document.</summary>
    public bool IsSubstantial => CoverageA >= MinShare || CoverageB >= MinShare;

    /// <summary>The evidence says the stored document is where the text came from, and the shared text is substantial.</summary>
    public bool IsSource => IsSubstantial && !Provenance.Undetermined && Provenance.From == Stored.Document.Id;

    /// <summary>
    /// What the stored document is to the traced one: <c>source</c>, <c>copy</c>, <c>undetermined</c>
    /// (substantial reuse whose direction the evidence does not settle) or <c>passage</c> (too little
    /// shared text to call either a copy).
    /// </summary>
    public string Role => !IsSubstantial ? "passage" : Provenance.Undetermined ? "undetermined" : IsSource ? "source" : "copy";
}
