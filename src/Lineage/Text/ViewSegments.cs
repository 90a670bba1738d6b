namespace Lineage.Text;

/// <summary>
/// How a <see cref="TextView"/>'s chars map to its original text, by runs. Run k starts at view
/// index ViewStarts[k]. A copy run maps one to one from SourceStarts[k] (view char i to the
/// original range [s + d, s + d + 1)); any other run maps each of its chars to the same range
/// [SourceStarts[k], SourceEnds[k]): a decoded entity to the entity, an inserted break to the
/// empty range where it stands. A page's visible text is mostly copy runs (text between tags), so
/// this costs twelve bytes a run where a map per char cost eight bytes a char.
/// </summary>
internal sealed class ViewSegments
{
    /// <summary>The <see cref="SourceEnds"/> value of a copy run.</summary>
    public const int Copy = -1;

    private readonly int[] viewStarts;
    private readonly int[] sourceStarts;
    private readonly int[] sourceEnds;

    public ViewSegments(int[] viewStarts, int[] sourceStarts, int[] sourceEnds, int length)
    {
        if (viewStarts.Length != sourceStarts.Length || viewStarts.Length != sourceEnds.Length)
            throw new ArgumentException("Each run needs its view start, source start and source end.");
        this.viewStarts = viewStarts;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        Length = length;
    }

    /// <summary>The number of view chars the runs cover.</summary>
    public int Length { get; }

    public int Count => viewStarts.Length;

    /// <summary>
    /// Runs of a view mapped char by char: consecutive chars that copy consecutive chars of the
    /// original join one copy run, consecutive chars mapped to the same range join one other run.
    /// </summary>
    public static ViewSegments FromChars(int[] starts, int[] ends)
    {
        var count = 0;
        for (var i = 0; i < starts.Length; i++)
            if (i == 0 || !Continues(starts, ends, i)) count++;
        var viewStarts = new int[count];
        var sourceStarts = new int[count];
        var sourceEnds = new int[count];
        var k = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            if (i > 0 && Continues(starts, ends, i)) continue;
            k++;
            viewStarts[k] = i;
            sourceStarts[k] = starts[i];
            sourceEnds[k] = ends[i] == starts[i] + 1 ? Copy : ends[i];
        }
        return new ViewSegments(viewStarts, sourceStarts, sourceEnds, starts.Length);
    }

    /// <summary>Char i continues the run of char i - 1: both copies, one after the other, or both mapped to the same range.</summary>
    private static bool Continues(int[] starts, int[] ends, int i)
    {
        var copy = ends[i] == starts[i] + 1;
        var previousCopy = ends[i - 1] == starts[i - 1] + 1;
        return copy
            ? previousCopy && starts[i] == starts[i - 1] + 1
            : !previousCopy && starts[i] == starts[i - 1] && ends[i] == ends[i - 1];
    }

    /// <summary>
    /// The view's chars, from the original text its copy runs copy, any other run as line ends: the
    /// chars of a view made of ranges of an original text and the breaks between them.
    /// </summary>
    public string Chars(string original) => string.Create(Length, (this, original), static (span, state) =>
    {
        var (segments, text) = state;
        for (var k = 0; k < segments.viewStarts.Length; k++)
        {
            var run = span[segments.viewStarts[k]..segments.RunEnd(k)];
            if (segments.sourceEnds[k] == Copy) text.AsSpan(segments.sourceStarts[k], run.Length).CopyTo(run);
            else run.Fill('\n');
        }
    });

    /// <summary>True when every run is a copy or an empty break: the chars can be rebuilt from the original.</summary>
    public bool CopiesOrBreaks()
    {
        for (var k = 0; k < sourceEnds.Length; k++)
            if (sourceEnds[k] != Copy && sourceEnds[k] != sourceStarts[k]) return false;
        return true;
    }

    private int RunEnd(int k) => k + 1 < viewStarts.Length ? viewStarts[k + 1] : Length;

    public int SourceStart(int viewIndex) => At(Find(viewIndex), viewIndex, after: false);

    /// <summary>The end of the original range view char <paramref name="viewIndex"/> came from.</summary>
    public int SourceEnd(int viewIndex) => At(Find(viewIndex), viewIndex, after: true);

    public int SourceStart(int viewIndex, ref int hint) => At(Find(viewIndex, ref hint), viewIndex, after: false);

    public int SourceEnd(int viewIndex, ref int hint) => At(Find(viewIndex, ref hint), viewIndex, after: true);

    /// <summary>
    /// From view index <paramref name="at"/>: where its run ends (at most <paramref name="end"/>),
    /// where char <paramref name="at"/> starts in the original, and the run's source end
    /// (<see cref="Copy"/> for a copy run).
    /// </summary>
    public (int End, int SourceStart, int SourceEnd) Piece(int at, int end, ref int hint)
    {
        var k = Find(at, ref hint);
        return (Math.Min(end, RunEnd(k)), At(k, at, after: false), sourceEnds[k]);
    }

    private int At(int k, int viewIndex, bool after)
    {
        if (sourceEnds[k] != Copy) return after ? sourceEnds[k] : sourceStarts[k];
        return sourceStarts[k] + (viewIndex - viewStarts[k]) + (after ? 1 : 0);
    }

    /// <summary>The run holding <paramref name="viewIndex"/>, looked for from the last one found: a walk in order costs no search.</summary>
    private int Find(int viewIndex, ref int hint)
    {
        var k = hint;
        if (k < 0 || k >= viewStarts.Length || viewStarts[k] > viewIndex) k = Find(viewIndex);
        else
            while (k + 1 < viewStarts.Length && viewStarts[k + 1] <= viewIndex) k++;
        hint = k;
        return k;
    }

    private int Find(int viewIndex)
    {
        var k = Array.BinarySearch(viewStarts, viewIndex);
        return k >= 0 ? k : ~k - 1;
    }
}
