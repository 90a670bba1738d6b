using Lineage.Text;

namespace Lineage.Reading;

/// <summary>
/// A mapped text built in two passes over the same input: the first only counts the chars and the
/// runs they map by (<see cref="ViewSegments"/>), the second writes them straight into the view's
/// string and run arrays of exactly that size. A builder that grows holds up to twice its final
/// size and copies it all once more at the end, and a map per char costs eight bytes a char: for a
/// page of 100 MB that was gigabytes. Here it is the view's chars and twelve bytes a run.
/// </summary>
internal ref struct CountedTextBuilder
{
    private readonly Span<char> chars;
    private readonly int[]? viewStarts;
    private readonly int[]? sourceStarts;
    private readonly int[]? sourceEnds;
    private int length;
    private int runs;
    private char last;

    /// <summary>Where the current run's next char comes from if it copies (its source end otherwise) and whether it copies.</summary>
    private int runNext;
    private int runStart;
    private bool runCopies;

    /// <summary>A builder that only counts.</summary>
    public CountedTextBuilder() : this(default, null, null, null)
    {
    }

    /// <summary>A builder that writes into arrays sized by a counting pass over the same input.</summary>
    public CountedTextBuilder(Span<char> chars, int[]? viewStarts, int[]? sourceStarts, int[]? sourceEnds)
    {
        this.chars = chars;
        this.viewStarts = viewStarts;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        last = '\n';
    }

    public readonly int Length => length;

    public readonly int Runs => runs;

    /// <summary>The char before the next one; a line end at the start, so that no text begins with a break or a space.</summary>
    public readonly char LastChar => last;

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        var copies = sourceEnd == sourceStart + 1;
        var continues = length > 0 && copies == runCopies && (copies ? sourceStart == runNext : sourceStart == runStart && sourceEnd == runNext);
        if (!continues)
        {
            if (viewStarts is not null)
            {
                viewStarts[runs] = length;
                sourceStarts![runs] = sourceStart;
                sourceEnds![runs] = copies ? ViewSegments.Copy : sourceEnd;
            }
            runs++;
            runStart = sourceStart;
            runCopies = copies;
        }
        runNext = copies ? sourceStart + 1 : sourceEnd;
        if (viewStarts is not null) chars[length] = c;
        length++;
        last = c;
    }

    /// <summary>A line end, unless the text is empty or already ends with one.</summary>
    public void AppendBreak(int sourceOffset)
    {
        if (length > 0 && last != '\n') Append('\n', sourceOffset, sourceOffset);
    }
}
