namespace Lineage.Text;

/// <summary>
/// The chars the tokenizer reads, with the way back to the original text. Plain text is its own
/// view; an HTML page's view is its visible text with entities decoded, and markdown's view is
/// its literal text without markup; an article view is some lines of another view. Every view
/// char remembers the original range it came from, so a token found in the view is reported at
/// its place in the file as the user has it.
/// </summary>
/// <remarks>
/// Three ways to map: none (identity); per char (two ints a char, for views that decode
/// entities); or by segments, runs of chars copied one to one from the original text, which is
/// what an article view of plain text is: a few ints a line instead of eight bytes a char.
/// </remarks>
public sealed class TextView
{
    private readonly string? chars;
    private readonly int[]? sourceStarts;
    private readonly int[]? sourceEnds;
    private readonly Segments? segments;

    /// <summary>
    /// A segment view's chars are copies of its original text's (and blank-line breaks), so they
    /// are not held: the last string built is kept only as long as the garbage collector lets it,
    /// and built again from the original when asked for after that. A corpus of article views
    /// then costs its original texts once, not twice.
    /// </summary>
    private readonly WeakReference<string>? recentChars;
    private readonly string? original;

    private TextView(string chars, int[]? sourceStarts, int[]? sourceEnds)
    {
        this.chars = chars;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    private TextView(string chars, string original, Segments segments)
    {
        recentChars = new WeakReference<string>(chars);
        this.original = original;
        this.segments = segments;
    }

    public string Chars => chars ?? RecentChars();

    /// <summary>A segment view's chars built again from its original text, as after the collector took them.</summary>
    internal string RebuiltChars() => segments is null ? Chars : segments.Chars(original!);

    private string RecentChars()
    {
        if (recentChars!.TryGetTarget(out var recent)) return recent;
        var rebuilt = segments!.Chars(original!);
        recentChars.SetTarget(rebuilt);
        return rebuilt;
    }

    public bool IsIdentity => sourceStarts is null && segments is null;

    public static TextView Identity(string text) => new(text, sourceStarts: null, sourceEnds: null);

    /// <summary>A view whose char i came from the original range [starts[i], ends[i]).</summary>
    public static TextView Mapped(string chars, int[] starts, int[] ends)
    {
        if (starts.Length != chars.Length || ends.Length != chars.Length)
            throw new ArgumentException("A mapped view needs one source range per char.");
        return new TextView(chars, starts, ends);
    }

    /// <summary>The original range covered by the view chars [viewStart, viewEnd).</summary>
    public TextSpan ToSource(int viewStart, int viewEnd)
    {
        if (segments is not null)
            return viewEnd <= viewStart
                ? new TextSpan(segments.SourceStart(viewStart), 0)
                : TextSpan.FromBounds(segments.SourceStart(viewStart), segments.SourceEnd(viewEnd - 1));
        if (sourceStarts is null) return TextSpan.FromBounds(viewStart, viewEnd);
        if (viewEnd <= viewStart) return new TextSpan(sourceStarts[viewStart], 0);
        return TextSpan.FromBounds(sourceStarts[viewStart], sourceEnds![viewEnd - 1]);
    }

    /// <summary>
    /// <see cref="ToSource(int, int)"/> for callers walking the view in order (the tokenizer):
    /// <paramref name="hint"/> remembers the last segment, so the walk costs no search a token.
    /// </summary>
    internal TextSpan ToSource(int viewStart, int viewEnd, ref int hint)
    {
        if (segments is null || viewEnd <= viewStart) return ToSource(viewStart, viewEnd);
        return TextSpan.FromBounds(segments.SourceStart(viewStart, ref hint), segments.SourceEnd(viewEnd - 1, ref hint));
    }

    /// <summary>Where view char <paramref name="viewIndex"/> came from in the original text.</summary>
    public int SourceStart(int viewIndex) =>
        segments?.SourceStart(viewIndex) ?? (sourceStarts is null ? viewIndex : sourceStarts[viewIndex]);

    /// <summary>
    /// What separates the ranges of a restricted view: a blank line, so that no word is read
    /// across it (not even one hyphenated at a line end).
    /// </summary>
    private const string Break = "\n\n";

    /// <summary>
    /// A view of only the given ranges of this one (half-open view indexes, in order), separated by
    /// blank lines, still mapped to the original text: the article without its boilerplate.
    /// </summary>
    public TextView Restrict(IReadOnlyList<(int Start, int End)> ranges)
    {
        if (IsIdentity) return RestrictIdentity(ranges);
        if (segments is not null) return RestrictSegments(ranges);
        var builder = new MappedTextBuilder();
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            if (builder.Length > 0)
                foreach (var c in Break) builder.Append(c, SourceStart(start), SourceStart(start));
            for (var i = start; i < end; i++)
            {
                var source = ToSource(i, i + 1);
                builder.Append(Chars[i], source.Start, source.End);
            }
        }
        return builder.Build();
    }

    /// <summary>
    /// This view without the chars that came from the given original spans (in order, not
    /// overlapping), those spans' lines and runs cut out as <see cref="Restrict"/> cuts them: an
    /// article without the furniture learned after it was read. The same view when none is inside.
    /// </summary>
    public TextView Excluding(IReadOnlyList<TextSpan> spans)
    {
        var length = Chars.Length;
        var ranges = new List<(int Start, int End)>();
        int s = 0, start = -1, previous = -1;
        for (var i = 0; i < length; i++)
        {
            var source = SourceStart(i);
            // Views map forward; should one step back, the search for the span starts over.
            if (source < previous) s = 0;
            previous = source;
            while (s < spans.Count && spans[s].End <= source) s++;
            var inside = s < spans.Count && spans[s].Start <= source;
            if (!inside && start < 0) start = i;
            else if (inside && start >= 0)
            {
                ranges.Add((start, i));
                start = -1;
            }
        }
        if (start >= 0) ranges.Add((start, length));
        if (ranges.Count == 1 && ranges[0] == (0, length)) return this;
        return Restrict(ranges);
    }

    /// <summary>
    /// Ranges of the original text itself: each is one segment, each break a segment of its own.
    /// Sizes are counted first, so the chars are written once into the new string and the
    /// segment arrays are allocated at their size (an article view is made of every document).
    /// </summary>
    private TextView RestrictIdentity(IReadOnlyList<(int Start, int End)> ranges)
    {
        int length = 0, pieces = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            if (pieces > 0)
            {
                length += Break.Length;
                pieces++;
            }
            length += end - start;
            pieces++;
        }
        var viewStarts = new int[pieces];
        var sourceOffsets = new int[pieces];
        var widths = new bool[pieces];
        var k = 0;
        var at = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            if (k > 0)
            {
                (viewStarts[k], sourceOffsets[k], widths[k]) = (at, start, false);
                k++;
                at += Break.Length;
            }
            (viewStarts[k], sourceOffsets[k], widths[k]) = (at, start, true);
            k++;
            at += end - start;
        }
        var chars = string.Create(length, (Source: Chars, Ranges: ranges), static (span, state) =>
        {
            var written = 0;
            foreach (var (start, end) in state.Ranges)
            {
                if (end <= start) continue;
                if (written > 0)
                {
                    Break.AsSpan().CopyTo(span[written..]);
                    written += Break.Length;
                }
                state.Source.AsSpan(start, end - start).CopyTo(span[written..]);
                written += end - start;
            }
        });
        return new TextView(chars, Chars, new Segments(viewStarts, sourceOffsets, widths, length));
    }

    /// <summary>
    /// Ranges of a segment view: each piece of a segment a range covers becomes a segment of the
    /// new view. Pieces are counted first, as in <see cref="RestrictIdentity"/>, so everything is
    /// allocated once at its size.
    /// </summary>
    private TextView RestrictSegments(IReadOnlyList<(int Start, int End)> ranges)
    {
        int length = 0, pieces = 0, hint = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            if (length > 0)
            {
                length += Break.Length;
                pieces++;
            }
            for (var at = start; at < end; pieces++) at = segments!.Piece(at, end, ref hint).End;
            length += end - start;
        }
        var viewStarts = new int[pieces];
        var sourceOffsets = new int[pieces];
        var widths = new bool[pieces];
        var chars = string.Create(length, (View: this, Ranges: ranges, ViewStarts: viewStarts, SourceOffsets: sourceOffsets, Widths: widths), static (span, state) =>
        {
            var (view, ranges, viewStarts, sourceOffsets, widths) = state;
            int written = 0, k = 0, hint = 0;
            foreach (var (start, end) in ranges)
            {
                if (end <= start) continue;
                if (written > 0)
                {
                    (viewStarts[k], sourceOffsets[k], widths[k]) = (written, view.SourceStart(start), false);
                    k++;
                    Break.AsSpan().CopyTo(span[written..]);
                    written += Break.Length;
                }
                for (var at = start; at < end;)
                {
                    var (pieceEnd, sourceStart, hasWidth) = view.segments!.Piece(at, end, ref hint);
                    (viewStarts[k], sourceOffsets[k], widths[k]) = (written, sourceStart, hasWidth);
                    k++;
                    view.Chars.AsSpan(at, pieceEnd - at).CopyTo(span[written..]);
                    written += pieceEnd - at;
                    at = pieceEnd;
                }
            }
        });
        return new TextView(chars, original!, new Segments(viewStarts, sourceOffsets, widths, length));
    }

    /// <summary>
    /// Runs of view chars: run k starts at view index ViewStarts[k] and, if it has width, maps one
    /// to one onto the original text from SourceStarts[k]; a run without width (an inserted break)
    /// maps to the empty range at SourceStarts[k].
    /// </summary>
    private sealed class Segments(int[] viewStarts, int[] sourceStarts, bool[] hasWidth, int length)
    {
        /// <summary>The view's chars, from the original text they copy: runs with width one for one, breaks as line ends.</summary>
        public string Chars(string original) => string.Create(length, (viewStarts, sourceStarts, hasWidth, original), static (span, state) =>
        {
            var (starts, sources, widths, text) = state;
            for (var k = 0; k < starts.Length; k++)
            {
                var run = span[starts[k]..(k + 1 < starts.Length ? starts[k + 1] : span.Length)];
                if (widths[k]) text.AsSpan(sources[k], run.Length).CopyTo(run);
                else run.Fill('\n');
            }
        });

        public int SourceStart(int viewIndex)
        {
            var k = Find(viewIndex);
            return hasWidth[k] ? sourceStarts[k] + (viewIndex - viewStarts[k]) : sourceStarts[k];
        }

        public int SourceEnd(int viewIndex)
        {
            var k = Find(viewIndex);
            return hasWidth[k] ? sourceStarts[k] + (viewIndex - viewStarts[k]) + 1 : sourceStarts[k];
        }

        /// <summary>From view index <paramref name="at"/>: where its run ends (at most <paramref name="end"/>), where it starts in the original, and whether it has width.</summary>
        public (int End, int SourceStart, bool HasWidth) Piece(int at, int end, ref int hint)
        {
            var k = Find(at, ref hint);
            var runEnd = k + 1 < viewStarts.Length ? viewStarts[k + 1] : int.MaxValue;
            return (Math.Min(end, runEnd), At(k, at, 0), hasWidth[k]);
        }

        public int SourceStart(int viewIndex, ref int hint) => At(Find(viewIndex, ref hint), viewIndex, 0);

        public int SourceEnd(int viewIndex, ref int hint) => At(Find(viewIndex, ref hint), viewIndex, 1);

        private int At(int k, int viewIndex, int after) => hasWidth[k] ? sourceStarts[k] + (viewIndex - viewStarts[k]) + after : sourceStarts[k];

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
}
