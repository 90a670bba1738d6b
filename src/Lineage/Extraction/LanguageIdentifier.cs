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

    public static string? Identify(TokenList tokens, int from = 0, int to = -1)
    {
        if (to < 0) to = tokens.Count;
        // A few hundred words tell the language as well as the whole article does.
        to = Math.Min(to, from + SampleWords);
        if (to - from < MinWords) return null;
        var languages = StopWordLists.Languages;
        var hits = new int[languages.Count];
        for (var l = 0; l < languages.Count; l++)
        {
            var stopWords = StopWordLists.For(languages[l]).GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = from; i < to; i++)
                if (stopWords.Contains(tokens.FoldedOf(i))) hits[l]++;
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
}
