using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Clustering;
using Lineage.Scanning;

namespace Lineage.Pipeline;

/// <summary>
/// Content terms to candidates for rewritten reuse (<see cref="RareTermFinder"/>): documents
/// sharing enough rare terms within the publication window, one document of each group of copies
/// taking part (the earliest published, else the longest: what a rewrite most likely rewrote).
/// It runs once verbatim pairs and furniture are known, since groups of copies are made of
/// them, and lets the terms go.
/// </summary>
public static class RewriteCandidateStage
{
    public static CandidatePair[] Find(CorpusTokens tokens, FinalArticles final, ScanOptions options)
    {
        var terms = tokens.TakeTerms();
        var rewrites = options.Rewrites;
        if (!rewrites.Enabled) return [];
        var articles = final.Articles;
        var groups = DuplicateGroups.Of(articles, final.Words, final.Pairs);
        var takesPart = new bool[articles.Length];
        foreach (var group in groups.Groups) takesPart[group.Representative] = true;
        var published = new DateOnly?[articles.Length];
        for (var i = 0; i < published.Length; i++) published[i] = Day(articles[i].Metadata.Published);
        var found = RareTermFinder.Find(terms, takesPart, published, new RareTermOptions(rewrites.RareTerms, rewrites.MaxTermDocuments, rewrites.MinSharedTerms, rewrites.WindowDays), options.ParallelOptions);
        return ClosestCopies(found, terms, published, groups);
    }

    /// <summary>A group's copies that tie as closest, each paired (as likely the text rewritten as any other): at most this many.</summary>
    public const int MaxTiedCopies = 8;

    /// <summary>
    /// Each side that stands for a group of copies replaced by the copy closest to the other
    /// side (<see cref="Score"/>): the copy holding most of the group's own terms (those most of
    /// its copies hold: the story's words, not one site's furniture) that the other side holds,
    /// then the earliest. Copies differ by typos, substitutions and cuts, so that is the text the
    /// other most likely rewrote. Copies that tie (as many of those words, the same day) are each
    /// paired, up to <see cref="MaxTiedCopies"/>: any of them may be the one rewritten.
    /// </summary>
    internal static CandidatePair[] ClosestCopies(CandidatePair[] found, IReadOnlyList<uint[]> terms, IReadOnlyList<DateOnly?> published, DuplicateGroups groups)
    {
        var result = new List<CandidatePair>(found.Length);
        var closestA = new List<int>();
        var closestB = new List<int>();
        var cores = new Dictionary<int, HashSet<uint>>();
        foreach (var pair in found)
        {
            Closest(groups.Of(pair.A), terms, published, terms[pair.B], pair.A, cores, closestA);
            foreach (var a in closestA)
            {
                Closest(groups.Of(pair.B), terms, published, terms[a], pair.B, cores, closestB);
                foreach (var b in closestB) result.Add(new CandidatePair(Math.Min(a, b), Math.Max(a, b), pair.SharedFingerprints));
            }
        }
        result.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var distinct = new List<CandidatePair>(result.Count);
        foreach (var pair in result)
            if (distinct.Count == 0 || distinct[^1].A != pair.A || distinct[^1].B != pair.B) distinct.Add(pair);
        return [.. distinct];
    }

    private static void Closest(DuplicateGroup group, IReadOnlyList<uint[]> terms, IReadOnlyList<DateOnly?> published, uint[] other, int representative, Dictionary<int, HashSet<uint>> cores, List<int> closest)
    {
        closest.Clear();
        closest.Add(representative);
        if (group.Documents.Count == 1) return;
        if (!cores.TryGetValue(group.Id, out var core)) cores[group.Id] = core = Core(group, terms);
        var best = Score(terms[representative], other, core, published[representative]);
        foreach (var d in group.Documents)
        {
            if (d == representative) continue;
            var score = Score(terms[d], other, core, published[d]);
            var order = score.CompareTo(best);
            if (order > 0)
            {
                closest.Clear();
                best = score;
            }
            if (order >= 0 && closest.Count < MaxTiedCopies) closest.Add(d);
        }
    }

    /// <summary>The terms more than half of a group's copies hold.</summary>
    private static HashSet<uint> Core(DuplicateGroup group, IReadOnlyList<uint[]> terms)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var d in group.Documents)
            foreach (var t in terms[d]) counts[t] = counts.GetValueOrDefault(t) + 1;
        var core = new HashSet<uint>();
        foreach (var (t, n) in counts)
            if (2 * n > group.Documents.Count) core.Add(t);
        return core;
    }

    /// <summary>
    /// How close a copy is to the other side, in order: the terms of its group's core it shares
    /// with the other side; then being dated earlier (an original comes before its copies; undated last).
    /// </summary>
    private static CopyScore Score(uint[] copy, uint[] other, HashSet<uint> core, DateOnly? published)
    {
        var shared = 0;
        foreach (var t in copy)
            if (core.Contains(t) && Array.BinarySearch(other, t) >= 0) shared++;
        return new CopyScore(shared, -(published?.DayNumber ?? int.MaxValue));
    }

    /// <summary>Greater is closer: compared field by field.</summary>
    private readonly record struct CopyScore(int Shared, int Earlier) : IComparable<CopyScore>
    {
        public int CompareTo(CopyScore other) => Shared != other.Shared ? Shared.CompareTo(other.Shared) : Earlier.CompareTo(other.Earlier);
    }

    private static DateOnly? Day(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}
