using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Provenance;

/// <summary>
/// Which documents each folded word occurs in (the first three are enough to know whether any is
/// not one of two given): a word seen in other documents is a real word, not a typo.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, ExtractedDocument?[]> documents = new(StringComparer.Ordinal);

    public static Vocabulary Of(IReadOnlyList<ExtractedDocument> articles)
    {
        var vocabulary = new Vocabulary();
        foreach (var article in articles)
        {
            var tokens = Tokenizer.Tokenize(article.Content);
            var lookup = vocabulary.documents.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens.FoldedOf(i);
                if (!lookup.TryGetValue(word, out var holders)) lookup[word] = holders = new ExtractedDocument?[3];
                for (var k = 0; k < holders.Length; k++)
                {
                    if (ReferenceEquals(holders[k], article)) break;
                    if (holders[k] is null)
                    {
                        holders[k] = article;
                        break;
                    }
                }
            }
        }
        return vocabulary;
    }

    /// <summary>True when the word occurs in some document other than the two given, or is a common word of English.</summary>
    public bool ElsewhereThan(string word, ExtractedDocument a, ExtractedDocument b)
    {
        var tokens = Tokenizer.Tokenize(word);
        if (tokens.Count != 1) return false;
        var folded = tokens.FoldedOf(0).ToString();
        if (StopWordLists.For("en").Contains(folded)) return true;
        if (!documents.TryGetValue(folded, out var holders)) return false;
        foreach (var d in holders)
            if (d is not null && !ReferenceEquals(d, a) && !ReferenceEquals(d, b)) return true;
        return false;
    }
}
