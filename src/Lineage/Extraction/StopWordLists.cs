using System.Collections.Frozen;
using System.Text.Json;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Stop words of the languages Lineage recognises (stopwords-iso, MIT; see
/// StopWords/LICENSE.stopwords-iso), folded the way the tokenizer folds words so a token's folded
/// form can be looked up directly.
/// </summary>
public static class StopWordLists
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "de", "es", "it", "pt", "ru", "ar", "ur", "id"];

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Lists = new(Load);

    private static readonly Lazy<FrozenSet<ulong>> AnyLanguageHashes = new(() =>
    {
        var hashes = new HashSet<ulong>();
        foreach (var list in Lists.Value.Values)
            foreach (var word in list) hashes.Add(TokenHash.Of(word));
        return hashes.ToFrozenSet();
    });

    /// <summary>
    /// The token hashes (<see cref="TokenList.Hashes"/>) of every stop word of every language
    /// listed: a word that carries no content in any language read, for tests that must not
    /// depend on knowing a text's language.
    /// </summary>
    public static FrozenSet<ulong> AnyLanguage => AnyLanguageHashes.Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<ulong>> HashesByLanguage = new(StringComparer.Ordinal);

    /// <summary>
    /// The token hashes (<see cref="TokenList.Hashes"/>) of a language's stop words: a token is
    /// looked up by the hash the tokenizer made, without hashing its chars again.
    /// </summary>
    public static FrozenSet<ulong> HashesFor(string language) => HashesByLanguage.GetOrAdd(language, static l =>
    {
        var hashes = new HashSet<ulong>();
        foreach (var word in For(l)) hashes.Add(TokenHash.Of(word));
        return hashes.ToFrozenSet();
    });

    /// <summary>The folded stop words of an ISO 639-1 language, or an empty set for one not listed.</summary>
    public static FrozenSet<string> For(string language) =>
        Lists.Value.TryGetValue(language, out var set) ? set : FrozenSet<string>.Empty;

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        using var stream = typeof(StopWordLists).Assembly.GetManifestResourceStream("Lineage.Extraction.StopWords.stopwords-iso.json")
            ?? throw new InvalidOperationException("The stop-word resource is missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        var lists = new Dictionary<string, FrozenSet<string>>();
        foreach (var language in json.RootElement.EnumerateObject())
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in language.Value.EnumerateArray())
            {
                var tokens = Tokenizer.Tokenize(word.GetString() ?? "");
                // Multi-word entries ("a lot") and punctuation-only ones are of no use for single tokens.
                if (tokens.Count == 1) words.Add(tokens.FoldedOf(0).ToString());
            }
            lists[language.Name] = words.ToFrozenSet(StringComparer.Ordinal);
        }
        return lists.ToFrozenDictionary();
    }
}
