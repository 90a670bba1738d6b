using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// One document's word n-grams that occur exactly once in it, in an open-addressing hash table,
/// to find its anchors with many other documents (<see cref="Find"/>) without building and
/// sorting an index of each of them: the other side's n-grams are hashed on the fly from its word
/// hashes and looked up, one probe each. Finds what <see cref="AnchorFinder"/> finds from two
/// <see cref="AnchorIndex"/>es. Its buffers are reused when it is rebuilt; not thread-safe.
/// </summary>
public sealed class AnchorTable
{
    /// <summary>A slot's position when the slot is empty, and when its n-gram occurs more than once in the document.</summary>
    private const int Empty = -2, Repeated = -1;

    private ulong[] keys = [];
    private int[] positions = [];
    private int mask;

    // For the document being joined: how often each of this document's unique n-grams occurs in it, and where.
    private int[] stamps = [];
    private int[] countsB = [];
    private int[] positionsB = [];
    private int stamp;
    private readonly List<int> touched = [];
    private readonly List<Anchor> found = [];

    public int NGram { get; private set; }

    public void Build(TokenList tokens, int n)
    {
        NGram = n;
        var words = tokens.Hashes;
        var count = Math.Max(0, words.Length - n + 1);
        var size = 16;
        while (size < 2 * count) size <<= 1;
        if (keys.Length < size)
        {
            keys = new ulong[size];
            positions = new int[size];
            stamps = new int[size];
            countsB = new int[size];
            positionsB = new int[size];
            stamp = 0;
        }
        mask = size - 1;
        positions.AsSpan(0, size).Fill(Empty);
        for (var i = 0; i < count; i++)
        {
            var key = TokenHash.Combine(words.Slice(i, n));
            var slot = (int)key & mask;
            while (positions[slot] != Empty && keys[slot] != key) slot = (slot + 1) & mask;
            if (positions[slot] == Empty)
            {
                keys[slot] = key;
                positions[slot] = i;
            }
            else
            {
                positions[slot] = Repeated;
            }
        }
        // A table smaller than the arrays leaves stale stamps past its end; they are never read.
        stamps.AsSpan(0, size).Clear();
        stamp = 0;
    }

    /// <summary>
    /// Anchors with the document of word hashes <paramref name="wordsB"/>: n-grams once in each,
    /// sorted by position in this document.
    /// </summary>
    public Anchor[] Find(ReadOnlySpan<ulong> wordsB)
    {
        var n = NGram;
        var count = wordsB.Length - n + 1;
        if (count <= 0 || keys.Length == 0) return [];
        if (++stamp == int.MaxValue)
        {
            stamps.AsSpan().Clear();
            stamp = 1;
        }
        touched.Clear();
        for (var j = 0; j < count; j++)
        {
            var key = TokenHash.Combine(wordsB.Slice(j, n));
            var slot = (int)key & mask;
            while (positions[slot] != Empty && keys[slot] != key) slot = (slot + 1) & mask;
            if (positions[slot] < 0) continue;   // not in this document, or more than once in it
            if (stamps[slot] != stamp)
            {
                stamps[slot] = stamp;
                countsB[slot] = 1;
                positionsB[slot] = j;
                touched.Add(slot);
            }
            else
            {
                countsB[slot]++;
            }
        }
        found.Clear();
        foreach (var slot in touched)
            if (countsB[slot] == 1) found.Add(new Anchor(positions[slot], positionsB[slot]));
        var result = found.ToArray();
        Array.Sort(result, static (x, y) => x.A.CompareTo(y.A));
        return result;
    }
}
