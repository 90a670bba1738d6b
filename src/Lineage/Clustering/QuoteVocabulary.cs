using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// The folded words of the quotes, each numbered once. Words are looked up by the hash the
/// tokenizer already made of each (open addressing, linear probing), and a hit is checked
/// against the word itself, so two words sharing a hash keep two numbers.
/// </summary>
internal sealed class QuoteVocabulary
{
    private readonly List<string> texts = [];
    private readonly TokenList tokens = new(64);
    private int[] codes = new int[64];
    private ulong[] hashes = new ulong[1 << 14];
    // Each slot's word number plus one; 0 marks an empty slot.
    private int[] numbers = new int[1 << 14];

    public string Text(int id) => texts[id];

    /// <summary>The quote's words as numbers, valid until the next call.</summary>
    public ReadOnlySpan<int> Code(string quote)
    {
        Tokenizer.Tokenize(TextView.Identity(quote), tokens);
        if (codes.Length < tokens.Count) codes = new int[Math.Max(tokens.Count, 2 * codes.Length)];
        var hashOf = tokens.Hashes;
        for (var i = 0; i < tokens.Count; i++) codes[i] = NumberOf(tokens.FoldedOf(i), hashOf[i]);
        return codes.AsSpan(0, tokens.Count);
    }

    private int NumberOf(ReadOnlySpan<char> word, ulong hash)
    {
        var mask = numbers.Length - 1;
        for (var slot = (int)(hash >> 32) & mask; ; slot = (slot + 1) & mask)
        {
            if (numbers[slot] == 0)
            {
                hashes[slot] = hash;
                texts.Add(word.ToString());
                numbers[slot] = texts.Count;
                if (texts.Count > numbers.Length / 2) Grow();
                return texts.Count - 1;
            }
            if (hashes[slot] == hash && word.SequenceEqual(texts[numbers[slot] - 1])) return numbers[slot] - 1;
        }
    }

    private void Grow()
    {
        var (oldHashes, oldNumbers) = (hashes, numbers);
        hashes = new ulong[oldHashes.Length * 2];
        numbers = new int[oldHashes.Length * 2];
        var mask = numbers.Length - 1;
        for (var k = 0; k < oldHashes.Length; k++)
        {
            if (oldNumbers[k] == 0) continue;
            var slot = (int)(oldHashes[k] >> 32) & mask;
            while (numbers[slot] != 0) slot = (slot + 1) & mask;
            hashes[slot] = oldHashes[k];
            numbers[slot] = oldNumbers[k];
        }
    }
}
