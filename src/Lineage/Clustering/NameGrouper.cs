namespace Lineage.Clustering;

/// <summary>Groups the names found in a set of documents by <see cref="NameKey"/>.</summary>
public static class NameGrouper
{
    /// <summary>Documents a block of the parallel grouping takes at least: fewer would make more blocks to join than they save.</summary>
    private const int MinBlockDocuments = 64;

    /// <summary>The groups of one list of names; a list is read as it is, not copied.</summary>
    public static List<NameGroup> Group(IEnumerable<(string Name, NameOccurrence Occurrence)> names) =>
        Group([names as List<(string, NameOccurrence)> ?? [.. names]], new ParallelOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>
    /// The groups of each document's names (in document order, each document's in text order).
    /// Blocks of documents number their spellings on the run's threads, remembering each
    /// occurrence's number; the blocks' spellings are then numbered across the run, one look-up a
    /// spelling a block instead of one an occurrence, each spelling is keyed once, and the
    /// occurrences are copied in document order into arrays of their spelling's exact size.
    /// </summary>
    public static List<NameGroup> Group(IReadOnlyList<List<(string Name, NameOccurrence Occurrence)>> perDocument, ParallelOptions parallel)
    {
        var threads = parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var blocks = Math.Clamp(perDocument.Count / MinBlockDocuments, 1, 4 * threads);
        var read = new NameBlock[blocks];
        // A block's spelling numbers are looked up in a dictionary only while it is read: one a thread serves its blocks in turn.
        Parallel.For(0, blocks, parallel, () => new Dictionary<string, int>(StringComparer.Ordinal), (b, _, known) =>
        {
            read[b] = NameBlock.Read(perDocument, (int)((long)perDocument.Count * b / blocks), (int)((long)perDocument.Count * (b + 1) / blocks), known);
            return known;
        }, static _ => { });

        var spellings = new Spellings();
        foreach (var block in read) spellings.Join(block);
        var count = spellings.Count;

        var keys = new string?[count];
        Parallel.For(0, count, parallel, s =>
        {
            var key = NameKey.Of(spellings.Text[s]);
            keys[s] = key.Length < 3 ? null : key;
        });
        var occurrences = new NameOccurrence[]?[count];
        for (var s = 0; s < count; s++)
            if (keys[s] is not null) occurrences[s] = new NameOccurrence[spellings.Occurrences[s]];
        var lastDocument = Fill(perDocument, read, occurrences);

        // Spellings by key: each key's spellings numbered, then laid out key by key (a counting sort).
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[count];
        var groupKeys = new List<string>();
        var groupSizes = new List<int>();
        for (var s = 0; s < count; s++)
        {
            if (keys[s] is not { } key)
            {
                groupOf[s] = -1;
                continue;
            }
            if (!groupIds.TryGetValue(key, out var g))
            {
                groupIds[key] = g = groupKeys.Count;
                groupKeys.Add(key);
                groupSizes.Add(0);
            }
            groupOf[s] = g;
            groupSizes[g]++;
        }
        var starts = new int[groupKeys.Count + 1];
        for (var g = 0; g < groupKeys.Count; g++) starts[g + 1] = starts[g] + groupSizes[g];
        var members = new int[starts[^1]];
        var filled = starts.AsSpan(0, groupKeys.Count).ToArray();
        for (var s = 0; s < count; s++)
            if (groupOf[s] >= 0) members[filled[groupOf[s]]++] = s;

        var ranked = new (int Documents, NameGroup Group)[groupKeys.Count];
        // A document is counted once a group by stamping it with the group's number (plus one): no set a group.
        Parallel.For(0, groupKeys.Count, parallel, () => new int[lastDocument + 1], (g, _, stamps) =>
        {
            var variants = new NameVariant[starts[g + 1] - starts[g]];
            var documents = 0;
            for (var v = 0; v < variants.Length; v++)
            {
                var s = members[starts[g] + v];
                var list = occurrences[s]!;
                variants[v] = new NameVariant(spellings.Text[s], list);
                foreach (var occurrence in list)
                {
                    if (stamps[occurrence.Document] == g + 1) continue;
                    stamps[occurrence.Document] = g + 1;
                    documents++;
                }
            }
            Array.Sort(variants, static (a, b) => b.Occurrences.Count != a.Occurrences.Count ? b.Occurrences.Count.CompareTo(a.Occurrences.Count) : string.CompareOrdinal(a.Text, b.Text));
            ranked[g] = (documents, new NameGroup(groupKeys[g], variants));
            return stamps;
        }, static _ => { });
        foreach (var block in read) block.Return();

        // Most documents first, counted once a group rather than at every comparison.
        Array.Sort(ranked, static (a, b) => a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Group.Name, b.Group.Name));
        var groups = new List<NameGroup>(ranked.Length);
        foreach (var (_, group) in ranked) groups.Add(group);
        return groups;
    }

    /// <summary>
    /// Copies each occurrence, block by block in document order, into its spelling's array (none
    /// for a spelling whose key is too short); returns the last document named, to size a stamp array.
    /// </summary>
    private static int Fill(IReadOnlyList<List<(string Name, NameOccurrence Occurrence)>> perDocument, NameBlock[] read, NameOccurrence[]?[] occurrences)
    {
        var filled = new int[occurrences.Length];
        var lastDocument = 0;
        foreach (var block in read)
        {
            var numbers = block.Numbers;
            var global = block.Global;
            var j = 0;
            for (var d = block.From; d < block.To; d++)
                foreach (var (_, occurrence) in perDocument[d])
                {
                    var s = global[numbers[j++]];
                    if (occurrences[s] is not { } list) continue;
                    list[filled[s]++] = occurrence;
                    lastDocument = Math.Max(lastDocument, occurrence.Document);
                }
        }
        return lastDocument;
    }

    /// <summary>The spellings of all blocks, numbered in the order the blocks (in document order) first write them.</summary>
    private sealed class Spellings
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

        public List<string> Text { get; } = [];

        /// <summary>Each spelling's occurrences across the blocks joined.</summary>
        public List<int> Occurrences { get; } = [];

        public int Count => Text.Count;

        /// <summary>Numbers the block's spellings across the run (<see cref="NameBlock.Global"/>) and adds up their occurrences.</summary>
        public void Join(NameBlock block)
        {
            for (var l = 0; l < block.Spellings.Count; l++)
            {
                var text = block.Spellings[l];
                if (!numbers.TryGetValue(text, out var s))
                {
                    numbers[text] = s = Text.Count;
                    Text.Add(text);
                    Occurrences.Add(0);
                }
                block.Global[l] = s;
                Occurrences[s] += block.Occurrences[l];
            }
        }
    }
}
