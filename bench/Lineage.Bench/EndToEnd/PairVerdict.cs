namespace Lineage.Bench.EndToEnd;

/// <summary>What the plan says about a pair a scan reported.</summary>
public enum PairVerdict
{
    /// <summary>Text of one story is in both: planted reuse, or reuse it implies (two reprints of one story, a reprint and an excerpt of it).</summary>
    Reuse,

    /// <summary>Two pages of one site: what they share is the site's boilerplate.</summary>
    SameSite,

    /// <summary>Two small sites' pages that carry a legal notice of the same wording in their footers.</summary>
    Notice,

    /// <summary>Two stories that fill sentence skeletons (made of the same fragments) with different words.</summary>
    Skeleton,

    /// <summary>Nothing planted: a chance match or a false positive.</summary>
    Other,
}
