using Lineage.Candidates;

namespace Lineage.Tests.Candidates;

public class CandidateRunsTests
{
    [Fact]
    public void Cuts_sorted_candidates_into_runs_of_one_first_document()
    {
        CandidatePair[] candidates = [new(0, 1, 2), new(0, 5, 3), new(2, 3, 2), new(4, 5, 9), new(4, 6, 2), new(4, 7, 2)];
        Assert.Equal([(0, 2), (2, 3), (3, 6)], CandidateRuns.ByFirstDocument(candidates, static c => c.A));
    }

    [Fact]
    public void No_candidates_give_no_runs()
    {
        Assert.Empty(CandidateRuns.ByFirstDocument(Array.Empty<CandidatePair>(), static c => c.A));
    }
}
