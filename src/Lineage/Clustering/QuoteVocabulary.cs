using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>The folded words of the quotes, each numbered once.</summary>
internal sealed class QuoteVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private readonly TokenList tokens = new(64);
    private int[] codes = new int[64];

    public string Text(int id) => texts[id];

    /// <summary>The quote's words as numbers, valid until the next call.</summary>
    public ReadOnlySpan<int> Code(string quote)
    {
        Tokenizer.Tokenize(TextView.Identity(quote), tokens);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (codes.Length < tokens.Count) codes = new int[Math.Max(tokens.Count, 2 * codes.Length)];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i);
            if (!lookup.TryGetValue(word, out var id))
            {
                var text = word.ToString();
                ids[text] = id = texts.Count;
                texts.Add(text);
            }
            codes[i] = id;
        }
        return codes.AsSpan(0, tokens.Count);
    }
}
