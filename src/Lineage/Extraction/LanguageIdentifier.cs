using System.Collections.Frozen;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// The language of a text from its stop words: each language scores the share of the text's
/// words that are among its most frequent words, and the best wins when it is clearly ahead.
/// Enough for news articles of a few sentences in the ten languages of <see cref="StopWordLists"/>;
/// returns null for text too short or too mixed to tell.
/// </summary>
public static class LanguageIdentifier
{
    private const int MinWords = 8;
    private const int SampleWords = 400;

    /// <summary>
    /// Every stop word of every language by its token hash (<see cref="TokenHash.Of"/> of its folded
    /// form, what the tokenizer gives each word), with one bit per language that lists it: one
    /// look-up a word, not one a language, and no string hashed.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<ulong, int>> LanguagesOfWord = new(BuildLanguagesOfWord);

    [ThreadStatic]
    private static TokenList? sample;

    /// <summary>The language of a view, from its first words only (the rest is not tokenized).</summary>
    public static string? Identify(TextView view)
    {
        var tokens = sample ??= new TokenList(SampleWords + 1);
        Tokenizer.Tokenize(view, tokens, SampleWords);
        return Identify(tokens);
    }

    public static string? Identify(TokenList tokens, int from = 0, int to = -1)
    {
        if (to < 0) to = tokens.Count;
        // A few hundred words tell the language as well as the whole article does.
        to = Math.Min(to, from + SampleWords);
        if (to - from < MinWords) return null;
        var languages = StopWordLists.Languages;
        Span<int> hits = stackalloc int[languages.Count];
        hits.Clear();
        var lookup = LanguagesOfWord.Value;
        var hashes = tokens.Hashes;
        for (var i = from; i < to; i++)
        {
            if (!lookup.TryGetValue(hashes[i], out var mask)) continue;
            for (var l = 0; mask != 0; l++, mask >>= 1)
                if ((mask & 1) != 0) hits[l]++;
        }
        int best = -1, second = -1;
        for (var l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                second = best;
                best = l;
            }
            else if (second < 0 || hits[l] > hits[second])
            {
                second = l;
            }
        }
        var words = to - from;
        // Stop words are a quarter or more of running text in these languages; a near tie is no answer.
        if (hits[best] < words / 8 || (second >= 0 && hits[best] < hits[second] * 1.2)) return null;
        return languages[best];
    }

    private static FrozenDictionary<ulong, int> BuildLanguagesOfWord()
    {
        var languages = StopWordLists.Languages;
        var masks = new Dictionary<ulong, int>();
        for (var l = 0; l < languages.Count; l++)
        {
            foreach (var word in StopWordLists.For(languages[l]))
            {
                var hash = TokenHash.Of(word);
                masks[hash] = masks.GetValueOrDefault(hash) | (1 << l);
            }
        }
        return masks.ToFrozenDictionary();
    }
}
