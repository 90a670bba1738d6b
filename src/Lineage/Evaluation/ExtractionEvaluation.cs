namespace Lineage.Evaluation;

/// <summary>The score of one benchmark set and each page's result, in the set's order.</summary>
public sealed record ExtractionEvaluation(string Set, ExtractionScore Score, IReadOnlyList<ExtractionPageResult> Pages)
{
    /// <summary>Each metadata field's accuracy over the pages whose set gives expected metadata; empty when none does.</summary>
    public IReadOnlyList<MetadataAccuracy> Metadata => MetadataAccuracy.Of(Pages);

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
