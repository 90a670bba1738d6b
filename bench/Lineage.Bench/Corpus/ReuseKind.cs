namespace Lineage.Bench.Corpus;

public enum ReuseKind
{
    /// <summary>A story of its own.</summary>
    Original,

    /// <summary>Another site's story reprinted, edited a little, as a web page or PDF text.</summary>
    Copy,

    /// <summary>A story of its own that quotes a few paragraphs of another.</summary>
    Excerpt,
}
