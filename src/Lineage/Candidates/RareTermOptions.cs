namespace Lineage.Candidates;

/// <summary>What makes two documents a candidate pair for rewritten reuse (<see cref="RareTermFinder"/>).</summary>
/// <param name="RareTerms">Each document's rarest content terms looked for in the others.</param>
/// <param name="MaxDocuments">Terms in more documents than this are no one's rare term: a story's names and places are in every report of the event.</param>
/// <param name="MinShared">Of one document's rare terms, how many the other must hold.</param>
/// <param name="WindowDays">Two documents both dated further apart than this are not paired.</param>
public readonly record struct RareTermOptions(int RareTerms, int MaxDocuments, int MinShared, int WindowDays);
