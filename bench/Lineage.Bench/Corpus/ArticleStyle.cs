namespace Lineage.Bench.Corpus;

public enum ArticleStyle
{
    /// <summary>Wire-style news prose with a few quotations.</summary>
    News,

    /// <summary>Fiction-like prose, mostly dialogue: a paragraph per speaker, quotation marks everywhere.</summary>
    Fiction,
}
