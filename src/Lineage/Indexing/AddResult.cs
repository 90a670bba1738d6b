using Lineage.Reading;

namespace Lineage.Indexing;

/// <summary>What an add did: documents added, documents skipped because the store held their text already, new pairs, input problems.</summary>
public sealed record AddResult(int Added, int AlreadyStored, int Pairs, IReadOnlyList<ReadProblem> Problems)
{
    public bool SkippedAny => Problems.Any(p => p.Skipped);
}
