using Lineage.Extraction;

namespace Lineage.Provenance;

/// <summary>
/// Finds the document of the corpus an attribution names, by its site or its title (any case):
/// the first such document other than the one that names it, as a scan over the corpus would,
/// in one lookup.
/// </summary>
internal sealed class SourceDirectory
{
    private readonly Dictionary<string, (int First, int Second)> byName = new(StringComparer.OrdinalIgnoreCase);

    public SourceDirectory(IReadOnlyList<ExtractedDocument> articles)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            var m = articles[i].Metadata;
            Add(m.Site, i);
            if (!string.Equals(m.Title, m.Site, StringComparison.OrdinalIgnoreCase)) Add(m.Title, i);
        }
    }

    /// <summary>The first document other than <paramref name="self"/> whose site or title is <paramref name="source"/>, or −1.</summary>
    public int Resolve(int self, string source)
    {
        if (!byName.TryGetValue(source, out var found)) return -1;
        return found.First != self ? found.First : found.Second;
    }

    private void Add(string? name, int document)
    {
        if (name is null) return;
        if (!byName.TryGetValue(name, out var found)) byName[name] = (document, -1);
        else if (found.Second < 0 && found.First != document) byName[name] = (found.First, document);
    }
}
