using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Provenance;

/// <summary>
/// Which documents each asked-for folded word occurs in (the first three are enough to know whether
/// any is not one of two given): a word seen in other documents is a real word, not a typo. Only
/// the words asked about are kept, and a token is looked at only when its hash is one of theirs,
/// so the pass over the corpus costs its tokenization and little more.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, ExtractedDocument?[]> documents = new(StringComparer.Ordinal);

    public static Vocabulary Of(IReadOnlyList<ExtractedDocument> articles, IReadOnlySet<string> words)
    {
        var vocabulary = new Vocabulary();
        var hashes = new HashSet<ulong>();
        foreach (var word in words)
        {
            if (FoldedWord(word) is not { } folded || vocabulary.documents.ContainsKey(folded)) continue;
            vocabulary.documents[folded] = new ExtractedDocument?[3];
            hashes.Add(TokenHash.Of(folded));
        }
        if (hashes.Count == 0) return vocabulary;
        var lookup = vocabulary.documents.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new TokenList(1024);
        foreach (var article in articles)
        {
            Tokenizer.Tokenize(article.Content, tokens);
            var tokenHashes = tokens.Hashes;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!hashes.Contains(tokenHashes[i]) || !lookup.TryGetValue(tokens.FoldedOf(i), out var holders)) continue;
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
        if (FoldedWord(word) is not { } folded) return false;
        if (StopWordLists.For("en").Contains(folded)) return true;
        if (!documents.TryGetValue(folded, out var holders)) return false;
        foreach (var d in holders)
            if (d is not null && !ReferenceEquals(d, a) && !ReferenceEquals(d, b)) return true;
        return false;
    }

    /// <summary>The folded form of a text the tokenizer reads as one word, else null.</summary>
    private static string? FoldedWord(string word)
    {
        var tokens = Tokenizer.Tokenize(word);
        return tokens.Count == 1 ? tokens.FoldedOf(0).ToString() : null;
    }
}
