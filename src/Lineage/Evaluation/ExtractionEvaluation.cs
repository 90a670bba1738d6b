namespace Lineage.Evaluation;

/// <summary>The score of one benchmark set and each page's result, in the set's order.</summary>
public sealed record ExtractionEvaluation(string Set, ExtractionScore Score, IReadOnlyList<ExtractionPageResult> Pages)
{
    public int PagesWithErrors
    {
        get
        {
            var errors = 0;
            foreach (var page in Pages)
                if (page.Error is not null) errors++;
            return errors;
        }
    }
}
