using Lineage.Text;

namespace Lineage.Reading;

/// <summary>
/// A mapped text built in two passes over the same input: the first only counts the chars, the
/// second writes them and their source ranges into arrays of exactly that size. A growing
/// builder holds up to twice its final size while it grows and copies it all once more at the
/// end; for a page of 100 MB that was gigabytes, here it is the view itself (ten bytes a char).
/// </summary>
internal sealed class CountedTextBuilder
{
    private char[]? chars;
    private int[]? starts;
    private int[]? ends;
    private int length;
    private char last = '\n';

    /// <summary>The char before the next one; a line end at the start, so that no text begins with a break or a space.</summary>
    public char LastChar => last;

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        if (chars is not null)
        {
            chars[length] = c;
            starts![length] = sourceStart;
            ends![length] = sourceEnd;
        }
        length++;
        last = c;
    }

    /// <summary>A line end, unless the text is empty or already ends with one.</summary>
    public void AppendBreak(int sourceOffset)
    {
        if (length > 0 && last != '\n') Append('\n', sourceOffset, sourceOffset);
    }

    /// <summary>Ends the counting pass: the second pass, over the same input, writes.</summary>
    public void StartWriting()
    {
        chars = new char[length];
        starts = new int[length];
        ends = new int[length];
        length = 0;
        last = '\n';
    }

    public TextView Build()
    {
        if (chars is null) throw new InvalidOperationException("The text was counted but not written.");
        return TextView.Mapped(new string(chars, 0, length), starts!, ends!);
    }
}
