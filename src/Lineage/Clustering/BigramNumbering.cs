namespace Lineage.Clustering;

/// <summary>
/// Numbers word bigrams (two word codes packed in a long) in order of first appearance: open
/// addressing with linear probing on a power-of-two table, hashed as <see cref="BigramKey"/>
/// hashes, so a corpus's bigrams take two flat arrays instead of a dictionary's entries.
/// </summary>
internal sealed class BigramNumbering
{
    private long[] keys;
    // Each slot's number plus one; 0 marks an empty slot.
    private int[] numbers;
    private int shift;

    /// <param name="expected">About how many distinct bigrams will come: the table starts large enough for them.</param>
    public BigramNumbering(int expected)
    {
        var capacity = 16;
        while (capacity * 7 / 10 < expected) capacity *= 2;
        keys = new long[capacity];
        numbers = new int[capacity];
        shift = 64 - int.Log2(capacity);
    }

    public int Count { get; private set; }

    /// <summary>The bigram's number, a new one when it is new.</summary>
    public int NumberOf(long bigram)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(bigram); ; slot = (slot + 1) & mask)
        {
            if (numbers[slot] == 0)
            {
                keys[slot] = bigram;
                numbers[slot] = ++Count;
                if (Count > keys.Length * 7 / 10) Grow();
                return Count - 1;
            }
            if (keys[slot] == bigram) return numbers[slot] - 1;
        }
    }

    private int Slot(long bigram) => (int)(((ulong)bigram * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var (oldKeys, oldNumbers) = (keys, numbers);
        keys = new long[oldKeys.Length * 2];
        numbers = new int[oldKeys.Length * 2];
        shift--;
        var mask = keys.Length - 1;
        for (var k = 0; k < oldKeys.Length; k++)
        {
            if (oldNumbers[k] == 0) continue;
            var slot = Slot(oldKeys[k]);
            while (numbers[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[k];
            numbers[slot] = oldNumbers[k];
        }
    }
}
