using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Scanning;

namespace Lineage.Clustering;

/// <summary>
/// Every document's duplicate group: connected components over the pairs whose reused text covers
/// at least <see cref="MinCoverage"/> of both documents (a copy, however noisy, not an excerpt
/// quoted inside another article). Groups are numbered from 1 in order of their first document;
/// each keeps one representative: the earliest published, else the longest.
/// </summary>
public sealed class DuplicateGroups
{
    public const double MinCoverage = 0.5;

    private readonly int[] groupOf;

    private DuplicateGroups(int[] groupOf, IReadOnlyList<DuplicateGroup> groups)
    {
        this.groupOf = groupOf;
        Groups = groups;
    }

    /// <summary>All groups, singletons included, by id (<c>Groups[id - 1]</c>).</summary>
    public IReadOnlyList<DuplicateGroup> Groups { get; }

    /// <summary>The group of a document (an index into the scan's documents).</summary>
    public DuplicateGroup Of(int document) => Groups[groupOf[document] - 1];

    /// <summary>Groups with two or more documents.</summary>
    public int CopiedGroups
    {
        get
        {
            var count = 0;
            foreach (var g in Groups)
                if (g.Documents.Count > 1) count++;
            return count;
        }
    }

    public static DuplicateGroups Of(ScanResult scan) => Of(scan.Articles, scan.WordCounts, scan.Pairs);

    public static DuplicateGroups Of(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<int> words, IReadOnlyList<DocumentPair> pairs)
    {
        var sets = new UnionFind(articles.Count);
        foreach (var pair in pairs)
            if (IsCopy(pair)) sets.Union(pair.A, pair.B);
        var members = sets.Groups();
        var groupOf = new int[articles.Count];
        var groups = new DuplicateGroup[members.Count];
        var dates = new DateOnly?[articles.Count];
        for (var i = 0; i < dates.Length; i++) dates[i] = PublishedDate.Parse(articles[i].Metadata.Published);
        for (var g = 0; g < members.Count; g++)
        {
            var representative = members[g][0];
            foreach (var d in members[g])
            {
                groupOf[d] = g + 1;
                if (Keeps(d, representative, dates, words)) representative = d;
            }
            groups[g] = new DuplicateGroup(g + 1, members[g], representative);
        }
        return new DuplicateGroups(groupOf, groups);
    }

    /// <summary>Whether a pair's documents are copies of one another rather than sharing a part.</summary>
    public static bool IsCopy(DocumentPair pair) =>
        pair.Alignment.CoverageA >= MinCoverage && pair.Alignment.CoverageB >= MinCoverage;

    /// <summary>Whether <paramref name="d"/> is a better representative than <paramref name="kept"/>: dated before it (a dated one before an undated one), else longer.</summary>
    private static bool Keeps(int d, int kept, DateOnly?[] dates, IReadOnlyList<int> words)
    {
        if (d == kept) return false;
        var (x, y) = (dates[d], dates[kept]);
        if (x is { } dx && y is { } dy && dx != dy) return dx < dy;
        if (x.HasValue != y.HasValue) return x.HasValue;
        return words[d] > words[kept];
    }
}
