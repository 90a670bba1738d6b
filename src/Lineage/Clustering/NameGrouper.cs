namespace Lineage.Clustering;

/// <summary>Groups the names found in a set of documents by <see cref="NameKey"/>.</summary>
public static class NameGrouper
{
    /// <summary>Documents a block of the parallel grouping takes at least: fewer would make more blocks to join than they save.</summary>
    private const int MinBlockDocuments = 64;

    public static List<NameGroup> Group(IEnumerable<(string Name, NameOccurrence Occurrence)> names) =>
        Group([[.. names]], new ParallelOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>
    /// The groups of each document's names (in document order, each document's in text order).
    /// Blocks of documents gather their occurrences by spelling on the run's threads; the blocks'
    /// lists are then joined in document order, one look-up a spelling a block instead of one an
    /// occurrence, and each spelling is keyed once.
    /// </summary>
    public static List<NameGroup> Group(IReadOnlyList<List<(string Name, NameOccurrence Occurrence)>> perDocument, ParallelOptions parallel)
    {
        var threads = parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var blocks = Math.Clamp(perDocument.Count / MinBlockDocuments, 1, 4 * threads);
        var bySpelling = new Dictionary<string, List<NameOccurrence>>[blocks];
        Parallel.For(0, blocks, parallel, b =>
        {
            var spellings = new Dictionary<string, List<NameOccurrence>>(StringComparer.Ordinal);
            for (int d = (int)((long)perDocument.Count * b / blocks), end = (int)((long)perDocument.Count * (b + 1) / blocks); d < end; d++)
                foreach (var (name, occurrence) in perDocument[d])
                {
                    if (!spellings.TryGetValue(name, out var list)) spellings[name] = list = [];
                    list.Add(occurrence);
                }
            bySpelling[b] = spellings;
        });
        var all = bySpelling[0];
        for (var b = 1; b < blocks; b++)
        {
            foreach (var (name, list) in bySpelling[b])
            {
                if (all.TryGetValue(name, out var joined)) joined.AddRange(list);
                else all[name] = list;
            }
            bySpelling[b] = null!;
        }

        var byKey = new Dictionary<string, Dictionary<string, List<NameOccurrence>>>(StringComparer.Ordinal);
        foreach (var (name, list) in all)
        {
            var key = NameKey.Of(name);
            if (key.Length < 3) continue;
            if (!byKey.TryGetValue(key, out var spellings)) byKey[key] = spellings = new Dictionary<string, List<NameOccurrence>>(StringComparer.Ordinal);
            spellings[name] = list;
        }
        var keyed = byKey.ToArray();
        var ranked = new (int Documents, NameGroup Group)[keyed.Length];
        Parallel.For(0, keyed.Length, parallel, k =>
        {
            var (key, spellings) = keyed[k];
            var variants = spellings.Select(s => new NameVariant(s.Key, s.Value)).ToList();
            variants.Sort((a, b) => b.Occurrences.Count != a.Occurrences.Count ? b.Occurrences.Count.CompareTo(a.Occurrences.Count) : string.CompareOrdinal(a.Text, b.Text));
            var group = new NameGroup(key, variants);
            ranked[k] = (group.Documents.Count(), group);
        });
        // Most documents first, counted once a group rather than at every comparison.
        Array.Sort(ranked, (a, b) => a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Group.Name, b.Group.Name));
        var groups = new List<NameGroup>(ranked.Length);
        foreach (var (_, group) in ranked) groups.Add(group);
        return groups;
    }
}
