using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Provenance;

/// <summary>Which documents each folded word occurs in: a word seen in other documents is a real word, not a typo.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, HashSet<ExtractedDocument>> documents = new(StringComparer.Ordinal);

    public static Vocabulary Of(IReadOnlyList<ExtractedDocument> articles)
    {
        var vocabulary = new Vocabulary();
        foreach (var article in articles)
        {
            var tokens = Tokenizer.Tokenize(article.Content);
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens.FoldedOf(i).ToString();
                if (!vocabulary.documents.TryGetValue(word, out var set)) vocabulary.documents[word] = set = [];
                set.Add(article);
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
        if (!documents.TryGetValue(folded, out var set)) return false;
        foreach (var d in set)
            if (!ReferenceEquals(d, a) && !ReferenceEquals(d, b)) return true;
        return false;
    }
}
