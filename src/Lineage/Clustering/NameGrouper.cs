namespace Lineage.Clustering;

/// <summary>Groups the names found in a set of documents by <see cref="NameKey"/>.</summary>
public static class NameGrouper
{
    public static List<NameGroup> Group(IEnumerable<(string Name, NameOccurrence Occurrence)> names)
    {
        var byKey = new Dictionary<string, Dictionary<string, List<NameOccurrence>>>(StringComparer.Ordinal);
        foreach (var (name, occurrence) in names)
        {
            var key = NameKey.Of(name);
            if (key.Length < 3) continue;
            if (!byKey.TryGetValue(key, out var spellings)) byKey[key] = spellings = new Dictionary<string, List<NameOccurrence>>(StringComparer.Ordinal);
            if (!spellings.TryGetValue(name, out var list)) spellings[name] = list = [];
            list.Add(occurrence);
        }
        var groups = new List<NameGroup>(byKey.Count);
        foreach (var (key, spellings) in byKey)
        {
            var variants = spellings.Select(s => new NameVariant(s.Key, s.Value)).ToList();
            variants.Sort((a, b) => b.Occurrences.Count != a.Occurrences.Count ? b.Occurrences.Count.CompareTo(a.Occurrences.Count) : string.CompareOrdinal(a.Text, b.Text));
            groups.Add(new NameGroup(key, variants));
        }
        groups.Sort((a, b) =>
        {
            var byDocuments = b.Documents.Count().CompareTo(a.Documents.Count());
            return byDocuments != 0 ? byDocuments : string.CompareOrdinal(a.Name, b.Name);
        });
        return groups;
    }
}
