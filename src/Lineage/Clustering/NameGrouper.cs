namespace Lineage.Clustering;

/// <summary>Groups the names found in a set of documents by <see cref="NameKey"/>.</summary>
public static class NameGrouper
{
    public static List<NameGroup> Group(IEnumerable<(string Name, NameOccurrence Occurrence)> names)
    {
        var byKey = new Dictionary<string, Dictionary<string, List<NameOccurrence>>>(StringComparer.Ordinal);
        // A name recurs in many documents: its key and its list are found once, then one look-up an occurrence.
        var listOf = new Dictionary<string, List<NameOccurrence>?>(StringComparer.Ordinal);
        foreach (var (name, occurrence) in names)
        {
            if (!listOf.TryGetValue(name, out var list))
            {
                var key = NameKey.Of(name);
                if (key.Length >= 3)
                {
                    if (!byKey.TryGetValue(key, out var spellings)) byKey[key] = spellings = new Dictionary<string, List<NameOccurrence>>(StringComparer.Ordinal);
                    spellings[name] = list = [];
                }
                listOf[name] = list;
            }
            list?.Add(occurrence);
        }
        var ranked = new List<(int Documents, NameGroup Group)>(byKey.Count);
        foreach (var (key, spellings) in byKey)
        {
            var variants = spellings.Select(s => new NameVariant(s.Key, s.Value)).ToList();
            variants.Sort((a, b) => b.Occurrences.Count != a.Occurrences.Count ? b.Occurrences.Count.CompareTo(a.Occurrences.Count) : string.CompareOrdinal(a.Text, b.Text));
            var group = new NameGroup(key, variants);
            ranked.Add((group.Documents.Count(), group));
        }
        // Most documents first, counted once a group rather than at every comparison.
        ranked.Sort((a, b) => a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Group.Name, b.Group.Name));
        var groups = new List<NameGroup>(ranked.Count);
        foreach (var (_, group) in ranked) groups.Add(group);
        return groups;
    }
}
