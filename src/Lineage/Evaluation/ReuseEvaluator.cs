using Lineage.Alignment;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Evaluation;

/// <summary>
/// Scores each labelled text of a reuse benchmark against its source with both aligners. A text
/// or source that cannot be read is reported in the problems and its case left out; the rest go on.
/// </summary>
public static class ReuseEvaluator
{
    public static ReuseEvaluation Evaluate(IReadOnlyList<ReuseCase> cases, AlignmentOptions verbatim, SentenceAlignmentOptions rewritten, ICollection<ReadProblem> problems)
    {
        var texts = new Dictionary<string, (Document Document, TokenList Tokens)?>(StringComparer.Ordinal);
        var scores = new List<ReuseCaseScore>(cases.Count);
        foreach (var c in cases)
        {
            if (Read(c.SourcePath) is not { } source || Read(c.AnswerPath) is not { } answer) continue;
            var coverage = PairAligner.Align(source.Tokens, answer.Tokens, verbatim).CoverageB;
            var sentences = SentenceAligner.Align(source.Document.Text, source.Tokens, answer.Document.Text, answer.Tokens, rewritten).MatchedShareB;
            scores.Add(new ReuseCaseScore(c, coverage, sentences));
        }
        return ReuseEvaluation.Of(scores);

        (Document Document, TokenList Tokens)? Read(string path)
        {
            if (texts.TryGetValue(path, out var known)) return known;
            (Document, TokenList)? read = null;
            if (ReadText(path, problems) is { } document) read = (document, Tokenizer.Tokenize(document.View));
            texts[path] = read;
            return read;
        }
    }

    private static Document? ReadText(string path, ICollection<ReadProblem> problems) => DocumentReader.ReadAsPlainText(path, problems, out _);
}
