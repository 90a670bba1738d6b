using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>The folded words of the quotes, each numbered once.</summary>
internal sealed class QuoteVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private readonly TokenList tokens = new(64);

    public string Text(int id) => texts[id];

    public int[] Code(string quote)
    {
        Tokenizer.Tokenize(TextView.Identity(quote), tokens);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var codes = new int[tokens.Count];
        for (var i = 0; i < codes.Length; i++)
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
        return codes;
    }
}
