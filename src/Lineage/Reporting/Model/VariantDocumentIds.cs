using System.Collections;
using Lineage.Clustering;
using Lineage.Reading;

namespace Lineage.Reporting.Model;

/// <summary>
/// The ids of the documents a quote's variant occurs in, each once, in the order of their first
/// occurrence, found when enumerated (see <see cref="ProjectedList{TSource, TState, T}"/>). Most
/// variants occur a few times: an earlier occurrence in the same document is looked for among the
/// ones before it; a set is made only for a variant quoted many times.
/// </summary>
public sealed class VariantDocumentIds(IReadOnlyList<QuoteOccurrence> occurrences, IReadOnlyList<Document> documents) : IReadOnlyList<string>
{
    private const int ScannedBack = 32;

    private string[]? ids;

    /// <summary>How many there are: they are found (once) to count them.</summary>
    public int Count => Ids().Length;

    public string this[int index] => Ids()[index];

    public IEnumerator<string> GetEnumerator()
    {
        if (ids is not null)
        {
            foreach (var id in ids) yield return id;
            yield break;
        }
        var seen = Seen(occurrences);
        for (var i = 0; i < occurrences.Count; i++)
            if (First(occurrences, i, seen)) yield return documents[occurrences[i].Document].Id;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The set <see cref="First"/> needs for these occurrences: none for a few.</summary>
    internal static HashSet<int>? Seen(IReadOnlyList<QuoteOccurrence> occurrences) =>
        occurrences.Count > ScannedBack ? new HashSet<int>(occurrences.Count) : null;

    /// <summary>Whether occurrence <paramref name="index"/> is the first in its document; asked of each in order, with the same <paramref name="seen"/>.</summary>
    internal static bool First(IReadOnlyList<QuoteOccurrence> occurrences, int index, HashSet<int>? seen)
    {
        var document = occurrences[index].Document;
        if (seen is not null) return seen.Add(document);
        for (var j = 0; j < index; j++)
            if (occurrences[j].Document == document) return false;
        return true;
    }

    private string[] Ids()
    {
        if (ids is null)
        {
            var found = new List<string>();
            foreach (var id in this) found.Add(id);
            ids = [.. found];
        }
        return ids;
    }
}
