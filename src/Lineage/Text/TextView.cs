namespace Lineage.Text;

/// <summary>
/// The chars the tokenizer reads, with the way back to the original text. Plain text is its own
/// view; an HTML page's view is its visible text with entities decoded, and markdown's view is
/// its literal text without markup; an article view is some lines of another view. Every view
/// char remembers the original range it came from, so a token found in the view is reported at
/// its place in the file as the user has it.
/// </summary>
/// <remarks>
/// Two ways to map: none (identity), or by runs (<see cref="ViewSegments"/>): runs of chars copied
/// one to one from the original text, and runs whose chars all map to one range (a decoded entity,
/// an inserted break). A view of ranges of its original text does not even hold its chars: they are
/// copies, built again when asked for.
/// </remarks>
public sealed class TextView
{
    private readonly string? chars;
    private readonly ViewSegments? segments;

    /// <summary>
    /// A view whose chars are copies of its original text's (and blank-line breaks) does not hold
    /// them: the last string built is kept only as long as the garbage collector lets it, and built
    /// again from the original when asked for after that. A corpus of article views then costs its
    /// original texts once, not twice.
    /// </summary>
    private readonly WeakReference<string>? recentChars;
    private readonly string? original;

    private TextView(string chars, ViewSegments? segments)
    {
        this.chars = chars;
        this.segments = segments;
    }

    private TextView(string chars, string original, ViewSegments segments)
    {
        recentChars = new WeakReference<string>(chars);
        this.original = original;
        this.segments = segments;
    }

    public string Chars => chars ?? RecentChars();

    /// <summary>A rebuilt view's chars built again from its original text, as after the collector took them.</summary>
    internal string RebuiltChars() => original is null ? Chars : segments!.Chars(original);

    private string RecentChars()
    {
        if (recentChars!.TryGetTarget(out var recent)) return recent;
        var rebuilt = segments!.Chars(original!);
        recentChars.SetTarget(rebuilt);
        return rebuilt;
    }

    public bool IsIdentity => segments is null;

    /// <summary>The number of runs the view is mapped by (0 for the identity): what its map costs.</summary>
    internal int SegmentCount => segments?.Count ?? 0;

    public static TextView Identity(string text) => new(text, segments: null);

    /// <summary>A view whose char i came from the original range [starts[i], ends[i]).</summary>
    public static TextView Mapped(string chars, int[] starts, int[] ends)
    {
        if (starts.Length != chars.Length || ends.Length != chars.Length)
            throw new ArgumentException("A mapped view needs one source range per char.");
        return new TextView(chars, ViewSegments.FromChars(starts, ends));
    }

    /// <summary>A view that holds its chars, mapped by runs.</summary>
    internal static TextView Segmented(string chars, ViewSegments segments)
    {
        if (segments.Length != chars.Length) throw new ArgumentException("A segmented view's runs must cover its chars.");
        return new TextView(chars, segments);
    }

    /// <summary>The original range covered by the view chars [viewStart, viewEnd).</summary>
    public TextSpan ToSource(int viewStart, int viewEnd)
    {
        if (segments is null) return TextSpan.FromBounds(viewStart, viewEnd);
        return viewEnd <= viewStart
            ? new TextSpan(segments.SourceStart(viewStart), 0)
            : TextSpan.FromBounds(segments.SourceStart(viewStart), segments.SourceEnd(viewEnd - 1));
    }

    /// <summary>
    /// <see cref="ToSource(int, int)"/> for callers walking the view in order (the tokenizer):
    /// <paramref name="hint"/> remembers the last run, so the walk costs no search a token.
    /// </summary>
    internal TextSpan ToSource(int viewStart, int viewEnd, ref int hint)
    {
        if (segments is null || viewEnd <= viewStart) return ToSource(viewStart, viewEnd);
        return TextSpan.FromBounds(segments.SourceStart(viewStart, ref hint), segments.SourceEnd(viewEnd - 1, ref hint));
    }

    /// <summary>Where view char <paramref name="viewIndex"/> came from in the original text.</summary>
    public int SourceStart(int viewIndex) => segments?.SourceStart(viewIndex) ?? viewIndex;

    /// <summary><see cref="SourceStart(int)"/> for a walk in order, as <see cref="ToSource(int, int, ref int)"/>.</summary>
    internal int SourceStart(int viewIndex, ref int hint) => segments?.SourceStart(viewIndex, ref hint) ?? viewIndex;

    /// <summary>
    /// What separates the ranges of a restricted view: a blank line, so that no word is read
    /// across it (not even one hyphenated at a line end).
    /// </summary>
    private const string Break = "\n\n";

    /// <summary>
    /// A view of only the given ranges of this one (half-open view indexes, in order), separated by
    /// blank lines, still mapped to the original text: the article without its boilerplate.
    /// </summary>
    public TextView Restrict(IReadOnlyList<(int Start, int End)> ranges) =>
        IsIdentity ? RestrictIdentity(ranges) : RestrictSegments(ranges);

    /// <summary>
    /// This view without the chars that came from the given original spans (in order, not
    /// overlapping), those spans' lines and runs cut out as <see cref="Restrict"/> cuts them: an
    /// article without the furniture learned after it was read. The same view when none is inside.
    /// </summary>
    public TextView Excluding(IReadOnlyList<TextSpan> spans)
    {
        var length = Chars.Length;
        var ranges = new List<(int Start, int End)>();
        int s = 0, start = -1, previous = -1, hint = 0;
        for (var i = 0; i < length; i++)
        {
            var source = SourceStart(i, ref hint);
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
    /// Ranges of the original text itself: each is one run, each break a run of its own. Sizes
    /// are counted first, so the chars are written once into the new string and the run arrays
    /// are allocated at their size (an article view is made of every document).
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
        var sourceStarts = new int[pieces];
        var sourceEnds = new int[pieces];
        var k = 0;
        var at = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            if (k > 0)
            {
                (viewStarts[k], sourceStarts[k], sourceEnds[k]) = (at, start, start);
                k++;
                at += Break.Length;
            }
            (viewStarts[k], sourceStarts[k], sourceEnds[k]) = (at, start, ViewSegments.Copy);
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
        return new TextView(chars, Chars, new ViewSegments(viewStarts, sourceStarts, sourceEnds, length));
    }

    /// <summary>
    /// Ranges of a view mapped by runs: each piece of a run a range covers becomes a run of the new
    /// view. Pieces are counted first, as in <see cref="RestrictIdentity"/>, so everything is
    /// allocated once at its size, whatever the length of the view (never a map per char). The new
    /// view holds its chars when this one does (a page's visible text, whose chars are not all
    /// copies), and builds them again from the original otherwise.
    /// </summary>
    private TextView RestrictSegments(IReadOnlyList<(int Start, int End)> ranges)
    {
        var runs = segments!;
        int length = 0, pieces = 0, hint = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            if (length > 0)
            {
                length += Break.Length;
                pieces++;
            }
            for (var at = start; at < end; pieces++) at = runs.Piece(at, end, ref hint).End;
            length += end - start;
        }
        var viewStarts = new int[pieces];
        var sourceStarts = new int[pieces];
        var sourceEnds = new int[pieces];
        var source = Chars;
        var chars = string.Create(length, (Source: source, Runs: runs, Ranges: ranges, ViewStarts: viewStarts, SourceStarts: sourceStarts, SourceEnds: sourceEnds),
            static (span, state) =>
            {
                var (source, runs, ranges, viewStarts, sourceStarts, sourceEnds) = state;
                int written = 0, k = 0, hint = 0;
                foreach (var (start, end) in ranges)
                {
                    if (end <= start) continue;
                    if (written > 0)
                    {
                        var at = runs.SourceStart(start, ref hint);
                        (viewStarts[k], sourceStarts[k], sourceEnds[k]) = (written, at, at);
                        k++;
                        Break.AsSpan().CopyTo(span[written..]);
                        written += Break.Length;
                    }
                    for (var at = start; at < end;)
                    {
                        var (pieceEnd, sourceStart, sourceEnd) = runs.Piece(at, end, ref hint);
                        (viewStarts[k], sourceStarts[k], sourceEnds[k]) = (written, sourceStart, sourceEnd);
                        k++;
                        source.AsSpan(at, pieceEnd - at).CopyTo(span[written..]);
                        written += pieceEnd - at;
                        at = pieceEnd;
                    }
                }
            });
        var restricted = new ViewSegments(viewStarts, sourceStarts, sourceEnds, length);
        return original is null ? new TextView(chars, restricted) : new TextView(chars, original, restricted);
    }
}
