using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Candidates;

/// <summary>
/// A document's distinct content terms, for pairing rewritten reuse: every word that is no stop
/// word of any language read and has at least <see cref="MinChars"/> chars (numbers of any
/// length count), folded, as a 32-bit hash, sorted. A rewrite changes the wording around the
/// names, numbers and rarer words it keeps, so these, not word runs, are what it shares with its
/// source. Four bytes a term: a corpus of 50,000 news articles holds about 15 million.
/// </summary>
public static class ContentTerms
{
    /// <summary>Shorter words carry too little to pair documents (and are mostly function words of some language).</summary>
    public const int MinChars = 4;

    public static uint[] Of(TokenList tokens)
    {
        if (tokens.Count == 0) return [];
        var stopWords = StopWordLists.AnyLanguage;
        var hashes = tokens.Hashes;
        var buffer = tokens.Count <= 2048 ? stackalloc uint[tokens.Count] : new uint[tokens.Count];
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            var folded = tokens.FoldedOf(i);
            if (folded.Length < MinChars && !char.IsDigit(folded[0])) continue;
            if (stopWords.Contains(hashes[i])) continue;
            buffer[count++] = Fold(hashes[i]);
        }
        var terms = buffer[..count];
        terms.Sort();
        var distinct = 0;
        for (var i = 0; i < terms.Length; i++)
            if (distinct == 0 || terms[i] != terms[distinct - 1]) terms[distinct++] = terms[i];
        return terms[..distinct].ToArray();
    }

    /// <summary>Both halves of the word hash in 32 bits: one collision in about four billion pairs of terms, harmless to a candidate.</summary>
    private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));
}
