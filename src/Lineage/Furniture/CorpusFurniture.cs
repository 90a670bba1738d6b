using Lineage.Alignment;
using Lineage.Clustering;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Furniture;

/// <summary>
/// Furniture that many sites carry, learned from the corpus as <see cref="TemplateLearner"/> learns
/// one site's template: a legal notice, a syndication line or a stock phrase repeats word for word
/// on the pages of different sites whose articles have nothing else in common. Passages of pairs
/// that are not copies are grouped into clusters (the two sides of a passage join, and so do
/// spans of one document overlapping for at least half the shorter one); a cluster is furniture when its documents belong to at
/// least <see cref="MinSites"/> different sites (a document without a site counts as a site of its
/// own) and to as many different duplicate groups (copies of one article count once: a quotation
/// that an article and its reprint both carry is one article's, not furniture), and most of its
/// passages are at most <see cref="MaxWords"/> words long: furniture is a line or two, while an
/// excerpt quoted in other articles is a paragraph or more; and nearly all its duplicate groups
/// (four in five) carry it at an edge of their documents (the first or last fifth of the words),
/// where headers and footers stand, not inside the article as a quotation does. The short passages of such a cluster are learned; a long one
/// that took in a notice stays for alignment to judge. Attribution lines stay in
/// the metadata (<see cref="ArticleMetadata.OriginalSource"/>), read before this stage.
/// </summary>
public static class CorpusFurniture
{
    public const int MinSites = 3;
    public const int MaxWords = 50;

    /// <summary>The spans of each document (null where none) that are furniture carried across sites.</summary>
    public static List<TextSpan>?[] Learn(IReadOnlyList<ExtractedDocument> documents, IReadOnlyList<int> words, IReadOnlyList<DocumentPair> pairs)
    {
        var nodes = new List<(int Document, TextSpan Span, int Words, bool AtEdge)>();
        foreach (var pair in pairs)
        {
            if (DuplicateGroups.IsCopy(pair)) continue;
            foreach (var passage in pair.Alignment.Passages)
            {
                nodes.Add((pair.A, passage.A, passage.WordsA.Length, AtEdge(passage.WordsA, words[pair.A])));
                nodes.Add((pair.B, passage.B, passage.WordsB.Length, AtEdge(passage.WordsB, words[pair.B])));
            }
        }
        var learned = new List<TextSpan>?[documents.Count];
        if (nodes.Count == 0) return learned;

        // A notice is one stretch of text wherever it was aligned from, so its sides in one
        // document overlap for most of their length. Two sides that only touch (a quotation
        // aligned up to the stock line that introduces it) stay apart: joined, the quotation's
        // sides would be judged with the line's, and learned with it.
        var sides = new List<ClusterMember>(nodes.Count);
        foreach (var node in nodes) sides.Add(new ClusterMember(node.Document, node.Span));
        var sets = PassageSides.Join(sides, static (x, y) => 2 * (Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start)) >= Math.Min(x.Length, y.Length));

        var duplicates = DuplicateGroups.Of(documents, words, pairs);
        var sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = new Dictionary<int, (int AtEdge, int All)>();
        foreach (var cluster in sets.Groups(minSize: 2 * MinSites - 2))
        {
            sites.Clear();
            groups.Clear();
            var shortOnes = 0;
            foreach (var node in cluster)
            {
                var (document, _, length, atEdge) = nodes[node];
                if (length <= MaxWords) shortOnes++;
                sites.Add(documents[document].Metadata.Site ?? "\0" + documents[document].Document.Id);
                var group = duplicates.Of(document).Id;
                var (edges, all) = groups.GetValueOrDefault(group);
                groups[group] = (edges + (atEdge ? 1 : 0), all + 1);
            }
            if (sites.Count < MinSites || groups.Count < MinSites || 2 * shortOnes <= cluster.Count || 5 * GroupsAtEdge(groups) < 4 * groups.Count) continue;
            foreach (var node in cluster)
                if (nodes[node].Words <= MaxWords) (learned[nodes[node].Document] ??= []).Add(nodes[node].Span);
        }
        return learned;
    }

    /// <summary>
    /// The duplicate groups that carry the text at an edge of their documents (most of their
    /// passages do). Counted by group, not passage: the lede of an article that many reprints
    /// carry and other articles quote lies at the top of every reprint, yet it is a quotation
    /// when one article in five that carries it has it inside its text. Not every one: a notice
    /// sometimes stands before a page's last fifth.
    /// </summary>
    private static int GroupsAtEdge(Dictionary<int, (int AtEdge, int All)> groups)
    {
        var count = 0;
        foreach (var (atEdge, all) in groups.Values)
            if (2 * atEdge > all) count++;
        return count;
    }

    /// <summary>Whether a passage lies in the first or the last <see cref="EdgeShare"/> of its document's words, where headers and footers stand.</summary>
    private static bool AtEdge(Alignment.TokenRange range, int words) =>
        range.End <= EdgeShare * words || range.Start >= (1 - EdgeShare) * words;

    private const double EdgeShare = 0.2;
}
