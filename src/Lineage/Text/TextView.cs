namespace Lineage.Text;

/// <summary>
/// The chars the tokenizer reads, with the way back to the original text. Plain text is its own
/// view; an HTML page's view is its visible text with entities decoded, and markdown's view is
/// its literal text without markup. Every view char remembers the original range it came from,
/// so a token found in the view is reported at its place in the file as the user has it.
/// </summary>
public sealed class TextView
{
    private readonly int[]? sourceStarts;
    private readonly int[]? sourceEnds;

    private TextView(string chars, int[]? sourceStarts, int[]? sourceEnds)
    {
        Chars = chars;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    public string Chars { get; }

    public bool IsIdentity => sourceStarts is null;

    public static TextView Identity(string text) => new(text, null, null);

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
        if (sourceStarts is null) return TextSpan.FromBounds(viewStart, viewEnd);
        if (viewEnd <= viewStart) return new TextSpan(sourceStarts[viewStart], 0);
        return TextSpan.FromBounds(sourceStarts[viewStart], sourceEnds![viewEnd - 1]);
    }

    /// <summary>Where view char <paramref name="viewIndex"/> came from in the original text.</summary>
    public int SourceStart(int viewIndex) => sourceStarts is null ? viewIndex : sourceStarts[viewIndex];

    /// <summary>
    /// A view of only the given ranges of this one (half-open view indexes, in order), separated by
    /// line breaks, still mapped to the original text: the article without its boilerplate.
    /// </summary>
    public TextView Restrict(IReadOnlyList<(int Start, int End)> ranges)
    {
        var builder = new MappedTextBuilder();
        foreach (var (start, end) in ranges)
        {
            if (end <= start) continue;
            builder.AppendBreak(SourceStart(start));
            for (var i = start; i < end; i++)
            {
                var source = ToSource(i, i + 1);
                builder.Append(Chars[i], source.Start, source.End);
            }
        }
        return builder.Build();
    }
}
