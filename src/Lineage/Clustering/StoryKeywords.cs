namespace Lineage.Clustering;

/// <summary>
/// A story's most telling terms, names first (weighted half as much again), in each name's most
/// common spelling, leaving out a term contained in one already chosen. One pass over the story's
/// centroid: time linear in its terms, however many stories the corpus has.
/// </summary>
internal static class StoryKeywords
{
    private const int Count = 8;
    private const int Shortlist = 32;
    private const double NameBoost = 1.5;

    public static List<string> Of(Dictionary<ulong, double> centroid, IReadOnlyDictionary<ulong, string> words, IReadOnlyDictionary<ulong, string> names)
    {
        // The heaviest terms, kept sorted in a short list: enough to fill the keywords after containment.
        var top = new List<(string Term, double Score)>(Shortlist + 1);
        foreach (var (term, weight) in centroid)
        {
            var isName = names.TryGetValue(term, out var name);
            string? word = null;
            if (!isName && !words.TryGetValue(term, out word)) continue;
            var shown = isName ? name! : word!;
            var score = weight * (isName ? NameBoost : 1);
            if (top.Count == Shortlist && !Before(score, shown, top[^1])) continue;
            var at = top.Count;
            while (at > 0 && Before(score, shown, top[at - 1])) at--;
            top.Insert(at, (shown, score));
            if (top.Count > Shortlist) top.RemoveAt(top.Count - 1);
        }
        var keywords = new List<string>(Count);
        foreach (var (word, _) in top)
        {
            var contained = false;
            foreach (var k in keywords)
                if (k.Contains(word, StringComparison.OrdinalIgnoreCase) || word.Contains(k, StringComparison.OrdinalIgnoreCase)) { contained = true; break; }
            if (contained) continue;
            keywords.Add(word);
            if (keywords.Count == Count) break;
        }
        return keywords;
    }

    private static bool Before(double score, string term, (string Term, double Score) other) =>
        score > other.Score || (score == other.Score && string.CompareOrdinal(term, other.Term) < 0);
}
