namespace Lineage.Clustering;

/// <summary>
/// Words by number, their chars end to end in one array: a corpus's millions of words cost two bytes
/// a char and four a word, not a string each, and a word is made a string only when it is shown.
/// </summary>
internal sealed class WordSpellings
{
    private char[] chars = new char[4096];
    private int length;
    private readonly List<int> ends = [];

    public int Count => ends.Count;

    public void Add(ReadOnlySpan<char> word)
    {
        if (length + word.Length > chars.Length) Array.Resize(ref chars, Math.Max(2 * chars.Length, length + word.Length));
        word.CopyTo(chars.AsSpan(length));
        length += word.Length;
        ends.Add(length);
    }

    public ReadOnlySpan<char> Span(int number)
    {
        var start = number == 0 ? 0 : ends[number - 1];
        return chars.AsSpan(start, ends[number] - start);
    }

    public string Of(int number) => new(Span(number));

    /// <summary>Empties it and lets its arrays go.</summary>
    public void Clear()
    {
        chars = [];
        length = 0;
        ends.Clear();
        ends.TrimExcess();
    }
}
