namespace Lineage.Evaluation;

/// <summary>One labelled pair of a text-reuse benchmark: a text, the source it may derive from, and how (its gold category).</summary>
public sealed record ReuseCase(string AnswerPath, string SourcePath, string Category)
{
    /// <summary>Whether the gold says the text derives from its source at all.</summary>
    public bool Derived => Category != CloughStevensonSet.NonPlagiarised;
}
