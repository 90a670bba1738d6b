using Lineage.Alignment;

namespace Lineage.Scanning;

/// <summary>
/// How a scan finds rewritten reuse (a story told again in other words) beside verbatim reuse:
/// which documents become candidates (<see cref="Candidates.RareTermFinder"/>), how their
/// sentences are matched (<see cref="Sentences"/>), which matches count (<see cref="Merge"/>) and when a pair counts as derived
/// (<see cref="DerivationOptions"/>).
/// </summary>
public sealed record RewriteOptions
{
    /// <summary>When false, a scan reports verbatim reuse only and gives pairs no derivation.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Each document's rarest content terms, looked for in the others.</summary>
    public int RareTerms { get; init; } = 16;

    /// <summary>
    /// Terms in more documents than this pair nobody: a story's names and places are in every
    /// report of the event, and pairing by them is all pairs of the story.
    /// </summary>
    public int MaxTermDocuments { get; init; } = 100;

    /// <summary>Of one document's rare terms, how many the other must hold to be its candidate.</summary>
    public int MinSharedTerms { get; init; } = 5;

    /// <summary>Two documents both dated further apart than this many days are not paired: a rewrite follows its source within days.</summary>
    public int WindowDays { get; init; } = 30;

    public SentenceAlignmentOptions Sentences { get; init; } = new();

    /// <summary>When rewritten evidence stands on its own, and how it joins verbatim passages (the rules of <c>lineage pan</c>).</summary>
    public ReuseMergeOptions Merge { get; init; } = new();

    public DerivationOptions Derivation { get; init; } = new();

    public void Validate()
    {
        if (RareTerms < 1) throw new ArgumentException($"rare terms must be 1 or more (got {RareTerms}).");
        if (MaxTermDocuments < 2) throw new ArgumentException($"max term documents must be 2 or more (got {MaxTermDocuments}).");
        if (MinSharedTerms < 1 || MinSharedTerms > RareTerms) throw new ArgumentException($"min shared terms must be between 1 and the rare terms {RareTerms} (got {MinSharedTerms}).");
        if (WindowDays < 0) throw new ArgumentException($"window must be 0 or more days (got {WindowDays}).");
        Sentences.Validate();
        Merge.Validate();
        Derivation.Validate();
    }
}
