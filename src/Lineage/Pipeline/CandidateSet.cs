using Lineage.Candidates;

namespace Lineage.Pipeline;

/// <summary>
/// What pairing gives alignment: the <paramref name="Found"/> pairs that share enough
/// fingerprints, and of those the ones to align, which passed <see cref="CandidateCheck"/>
/// (ordered by first document, then second).
/// </summary>
public sealed record CandidateSet(int Found, CandidatePair[] ToAlign);
