namespace Lineage.Bench.Corpus;

public enum ReuseKind
{
    /// <summary>A story of its own.</summary>
    Original,

    /// <summary>Another site's story reprinted, edited a little, as a web page or PDF text.</summary>
    Copy,

    /// <summary>A story of its own that quotes a few paragraphs of another.</summary>
    Excerpt,

    /// <summary>Another site's story told again in other words (<see cref="Rewriter"/>): wholly derived, hardly a five-word run in common.</summary>
    Rewrite,
}
