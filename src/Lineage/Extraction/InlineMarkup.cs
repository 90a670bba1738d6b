using System.Text.RegularExpressions;

namespace Lineage.Extraction;

/// <summary>
/// Markup left in a line of text by the way it was saved: markdown links and emphasis, inline
/// HTML tags, heading marks. Stripped to read metadata values ("By [South Front](#)" → "By South
/// Front"); the line is split at markup to keep the pieces a page set apart.
/// </summary>
public static partial class InlineMarkup
{
    public static string Strip(string line)
    {
        // Most lines of an article hold no markup at all: no regex for them.
        if (!MayHoldMarkup(line)) return line.Trim();
        var text = MarkdownLink().Replace(line, "$1");
        text = HtmlTag().Replace(text, "");
        text = Emphasis().Replace(text, "");
        text = HeadingMark().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>
    /// False when <see cref="Strip"/> would only trim the line: no markup char, no tab or line
    /// break, no run of spaces.
    /// </summary>
    public static bool MayHoldMarkup(ReadOnlySpan<char> line) =>
        line.IndexOfAny("[<*_#") >= 0 || line.IndexOfAny("\t\n\r") >= 0 || line.Contains("  ", StringComparison.Ordinal);

    /// <summary>The pieces of a line between markup boundaries, each stripped, empty ones dropped.</summary>
    public static List<string> Segments(string line)
    {
        var marked = MarkdownLink().Replace(line, "\u0001$1\u0001");
        marked = HtmlTag().Replace(marked, "\u0001");
        var segments = new List<string>();
        foreach (var piece in marked.Split('\u0001'))
        {
            var text = Strip(piece);
            if (text.Length > 0) segments.Add(text);
        }
        return segments;
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__|\*(?=\S)|(?<=\S)\*)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s*#{1,6}\s*")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
