namespace Lineage.Text;

/// <summary>
/// The words of one text, in order, as parallel arrays: where each word is in the original text,
/// its folded form and a 64-bit hash of that form. Reusable: <see cref="Clear"/> keeps the arrays.
/// </summary>
public sealed class TokenList
{
    private int[] starts;
    private int[] ends;
    private ulong[] hashes;
    private WordShape[] shapes;
    private int[] foldStarts;
    private char[] folded;
    private int foldedLength;

    public TokenList(int capacity = 256)
    {
        capacity = Math.Max(capacity, 4);
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new ulong[capacity];
        shapes = new WordShape[capacity];
        foldStarts = new int[capacity + 1];
        folded = new char[capacity * 6];
    }

    private TokenList(int[] starts, int[] ends, ulong[] hashes, WordShape[] shapes, int[] foldStarts, char[] folded, int count)
    {
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.shapes = shapes;
        this.foldStarts = foldStarts;
        this.folded = folded;
        foldedLength = folded.Length;
        Count = count;
    }

    public int Count { get; private set; }

    /// <summary>
    /// A copy whose arrays hold exactly these words: what a run keeps of a document between
    /// tokenizing it and aligning it, since a growing list's arrays can be up to twice its words.
    /// </summary>
    public TokenList Compact() => new(
        starts.AsSpan(0, Count).ToArray(),
        ends.AsSpan(0, Count).ToArray(),
        hashes.AsSpan(0, Count).ToArray(),
        shapes.AsSpan(0, Count).ToArray(),
        foldStarts.AsSpan(0, Count + 1).ToArray(),
        folded.AsSpan(0, foldedLength).ToArray(),
        Count);

    public ReadOnlySpan<ulong> Hashes => hashes.AsSpan(0, Count);

    public ReadOnlySpan<int> Starts => starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Ends => ends.AsSpan(0, Count);

    /// <summary>How each word is written: capitalised or not, first in its sentence or not.</summary>
    public ReadOnlySpan<WordShape> Shapes => shapes.AsSpan(0, Count);

    /// <summary>Where token i is in the original text.</summary>
    public TextSpan SpanOf(int i) => TextSpan.FromBounds(starts[i], ends[i]);

    /// <summary>The original range from the start of token <paramref name="first"/> to the end of token <paramref name="last"/> (inclusive).</summary>
    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(starts[first], ends[last]);

    /// <summary>The folded form of token i (lower case, no accents, no apostrophes).</summary>
    public ReadOnlySpan<char> FoldedOf(int i) => folded.AsSpan(foldStarts[i], foldStarts[i + 1] - foldStarts[i]);

    public void Clear()
    {
        Count = 0;
        foldedLength = 0;
    }

    /// <summary>
    /// Room for <paramref name="tokens"/> words of <paramref name="foldedChars"/> folded chars in
    /// all, allocated at that size now instead of doubled as words come: a list that doubles holds
    /// its old arrays and new ones twice as large at once, which for the 20 million words of a
    /// 100 MB text is most of a gigabyte. Only for an empty list (its words are not kept).
    /// </summary>
    internal void Reserve(int tokens, int foldedChars)
    {
        if (Count != 0) throw new InvalidOperationException("Only an empty token list is reserved.");
        if (tokens > starts.Length)
        {
            // The old arrays are let go before the new ones are taken.
            starts = ends = foldStarts = [];
            hashes = [];
            shapes = [];
            Resize(tokens);
        }
        if (foldedChars > folded.Length)
        {
            folded = [];
            folded = new char[foldedChars];
        }
    }

    internal Span<char> BeginToken(int maxChars)
    {
        if (foldedLength + maxChars > folded.Length)
            Array.Resize(ref folded, Math.Max(folded.Length * 2, foldedLength + maxChars));
        return folded.AsSpan(foldedLength, maxChars);
    }

    internal void EndToken(int start, int end, int foldedChars, ulong hash, WordShape shape)
    {
        if (Count == starts.Length) Resize(Math.Max(4, starts.Length * 2));
        starts[Count] = start;
        ends[Count] = end;
        hashes[Count] = hash;
        shapes[Count] = shape;
        foldStarts[Count] = foldedLength;
        foldedLength += foldedChars;
        Count++;
        foldStarts[Count] = foldedLength;
    }

    /// <summary>Every per-word array at <paramref name="capacity"/> words, the words listed kept.</summary>
    private void Resize(int capacity)
    {
        Array.Resize(ref starts, capacity);
        Array.Resize(ref ends, capacity);
        Array.Resize(ref hashes, capacity);
        Array.Resize(ref shapes, capacity);
        Array.Resize(ref foldStarts, capacity + 1);
    }
}
