using Lineage.Alignment;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Evaluation;

/// <summary>
/// Scores each labelled text of a reuse benchmark against its source by the rules <c>compare</c>
/// uses (<see cref="Scanner.Compare"/>: verbatim passages, then rewritten ones that
/// <see cref="RewriteFinder"/> keeps), so the figures are those of the pipeline a user runs. The
/// score is the text's own matched share, not the derivation's score (the larger side's): the
/// benchmark says which side is the text, and a source longer than the text would otherwise be
/// judged in its place. A text or source that cannot be read is reported in the problems and its
/// case left out; the rest go on.
/// </summary>
public static class ReuseEvaluator
{
    public static ReuseEvaluation Evaluate(IReadOnlyList<ReuseCase> cases, ScanOptions options, ICollection<ReadProblem> problems)
    {
        var texts = new Dictionary<string, Document?>(StringComparer.Ordinal);
        var scores = new List<ReuseCaseScore>(cases.Count);
        foreach (var c in cases)
        {
            if (Read(c.SourcePath) is not { } source || Read(c.AnswerPath) is not { } answer) continue;
            scores.Add(Score(c, Scanner.Compare(source, answer, options)));
        }
        return ReuseEvaluation.Of(scores);

        Document? Read(string path)
        {
            if (texts.TryGetValue(path, out var known)) return known;
            var read = DocumentReader.ReadAsPlainText(path, problems, out _);
            texts[path] = read;
            return read;
        }
    }

    /// <summary>The answer's shares (the compared pair's second document); nothing matched when the two share nothing.</summary>
    private static ReuseCaseScore Score(ReuseCase c, ScanResult compared)
    {
        if (compared.Pairs.Count == 0) return new ReuseCaseScore(c, 0, 0, DerivationKind.Independent);
        var pair = compared.Pairs[0];
        var answerIsB = pair.B == 1;
        if (pair.Rewritten is { } reuse)
        {
            var d = reuse.Derivation;
            return new ReuseCaseScore(c, answerIsB ? d.VerbatimB : d.VerbatimA, answerIsB ? d.MatchedB : d.MatchedA, d.Kind);
        }
        // Rewrites off: verbatim passages alone.
        var coverage = answerIsB ? pair.Alignment.CoverageB : pair.Alignment.CoverageA;
        return new ReuseCaseScore(c, coverage, coverage, DerivationKind.Independent);
    }
}
