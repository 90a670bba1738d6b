namespace Lineage.Reading;

/// <summary>
/// What Markdig would spend on a document's nesting, measured in one linear pass before it is
/// parsed. Two of its steps grow with the square of a nesting: each closing bracket looks back
/// through the brackets still open in its paragraph, and each line walks every list or quote
/// still open above it, each of them up to the document root. Past <see cref="MaxBracketWork"/>
/// or <see cref="MaxContainerWork"/> the text is not parsed: it is read as plain text, and the
/// reader says so.
/// </summary>
/// <param name="BracketWork">The closing brackets, each counted as many times as brackets are open
/// before it in its paragraph. Brackets in code and escaped ones count too, which only overstates it.</param>
/// <param name="ContainerWork">The lines, each counted as the square of the lists and quotes that may
/// be open at it (blank lines too): the most nested marker line since the last paragraph that closed them all.</param>
public readonly record struct MarkdownShape(long BracketWork, long ContainerWork)
{
    /// <summary>
    /// Markdig spends 30 to 50 ns on a bracket look-up, so this is half a second at most. Links and
    /// images in ordinary text need one a closing bracket; lines of a thousand brackets nested in
    /// each other took 9 s a megabyte, four thousand took 33 s.
    /// </summary>
    public const long MaxBracketWork = 10_000_000;

    /// <summary>
    /// A second or two at most: ordinary text is nested two or three lists deep, four to nine a
    /// line; 20,000 blank lines in a list nested 100 deep (20 KB) took 1.3 s, and a quarter of a
    /// megabyte of them minutes.
    /// </summary>
    public const long MaxContainerWork = 20_000_000;

    /// <summary>True when the document is past a limit, with the warning that says which.</summary>
    public bool IsPastLimit(out string warning)
    {
        warning = BracketWork > MaxBracketWork
            ? $"markdown brackets nested past what is parsed in reasonable time ({BracketWork:N0} look-ups, the limit is {MaxBracketWork:N0}); read as plain text"
            : ContainerWork > MaxContainerWork
                ? $"markdown lists or quotes nested past what is parsed in reasonable time ({ContainerWork:N0} look-ups, the limit is {MaxContainerWork:N0}); read as plain text"
                : "";
        return warning.Length > 0;
    }

    public static MarkdownShape Measure(string markdown)
    {
        long brackets = 0, containers = 0;
        var openBrackets = 0;
        var open = 0;
        var afterBlank = false;
        for (var start = 0; start < markdown.Length;)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(start, end - start);
            if (line.IsWhiteSpace())
            {
                // A blank line ends the paragraph, and brackets open in it with it; it does not end
                // a list, so it walks the open ones as any other line.
                openBrackets = 0;
                afterBlank = true;
                containers += (long)open * open;
            }
            else
            {
                var (depth, markers) = Depth(line);
                // After a blank line, a line with neither indent nor marker closes every list and quote.
                if (afterBlank && depth == 0) open = 0;
                if (markers > 0) open = Math.Max(open, depth);
                containers += (long)open * open;
                afterBlank = false;
                foreach (var c in line)
                {
                    if (c == '[')
                    {
                        openBrackets++;
                    }
                    else if (c == ']' && openBrackets > 0)
                    {
                        brackets += openBrackets;
                        openBrackets--;
                    }
                }
            }
            start = end + 1;
        }
        return new MarkdownShape(brackets, containers);
    }

    /// <summary>
    /// How deep a line may be nested: its quote and list markers ("&gt;", "-", "*", "+", "1.", "1)")
    /// and half its indent (a nested list item is indented about two columns a level).
    /// </summary>
    private static (int Depth, int Markers) Depth(ReadOnlySpan<char> line)
    {
        int width = 0, markers = 0, i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                width++;
                i++;
            }
            else if (c == '\t')
            {
                width += 4;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(line, i) is var after and > 0)
            {
                markers++;
                i = after;
            }
            else
            {
                break;
            }
        }
        return (markers + width / 2, markers);
    }

    /// <summary>The index after an ordered list marker ("12." or "3)" and a space) at <paramref name="from"/>, or 0.</summary>
    private static int OrderedMarkerEnd(ReadOnlySpan<char> line, int from)
    {
        var i = from;
        while (i < line.Length && i - from < 9 && char.IsAsciiDigit(line[i])) i++;
        if (i + 1 >= line.Length || line[i] is not ('.' or ')') || line[i + 1] is not (' ' or '\t')) return 0;
        return i + 2;
    }
}
