namespace Lineage.Reading;

/// <summary>
/// How deep a page's elements nest and how many attributes its busiest tag has, measured in one
/// linear pass over the source, before the page is parsed into a DOM. A browser-grade parser spends
/// time that grows with the square of both (each tag looks through the elements open above it;
/// each attribute is checked against the tag's others), so 100,000 unclosed &lt;div&gt;s or one
/// &lt;svg&gt; with 100,000 attributes would take minutes. Past <see cref="MaxDepth"/> or
/// <see cref="MaxAttributes"/> the page is not parsed: its whole visible text is its article, and
/// the reader says so.
/// </summary>
/// <param name="Depth">The deepest nesting of elements left open, counting neither void elements
/// (&lt;br&gt;) nor those a sibling closes (&lt;p&gt;, &lt;li&gt;, &lt;td&gt;…), so a page that never
/// closes its paragraphs is not deep.</param>
/// <param name="Attributes">The most attributes on one tag.</param>
/// <param name="Work">The depth summed over all tags: what a parser spends looking up the open
/// elements, so that 1,999 open elements followed by a million tags is caught as well.</param>
/// <param name="Length">The page's length in chars. A DOM parser holds 20 to 40 bytes a char of
/// the page while it parses (a 100 MB page of one paragraph took 3.5 GB more than its text), so a
/// page past <see cref="MaxLength"/>, possible only when the document size limit is raised, is not
/// parsed either.</param>
public readonly record struct HtmlShape(int Depth, int Attributes, long Work, int Length)
{
    public const int MaxDepth = 2_000;
    public const int MaxAttributes = 2_000;
    public const long MaxWork = 50_000_000;

    /// <summary>16 million chars: a page within the default document limit (16 MB) is always parsed.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements (§13.1.2) and elements whose end tag may be left out (§13.1.2.4).
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
        "tfoot", "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>True when the page is past a limit, with the warning that says which.</summary>
    public bool IsPastLimit(out string warning)
    {
        const string Consequence = "all its visible text is read as the article";
        warning = Depth > MaxDepth
            ? $"HTML elements nested {Depth:N0} deep, past the limit of {MaxDepth:N0}: {Consequence}"
            : Attributes > MaxAttributes
                ? $"an HTML tag with {Attributes:N0} attributes, past the limit of {MaxAttributes:N0}: {Consequence}"
                : Work > MaxWork
                    ? $"HTML with tens of thousands of tags inside elements nested up to {Depth:N0} deep, past what is parsed in reasonable time: {Consequence}"
                    : Length > MaxLength
                        ? $"an HTML page of {Length:N0} chars, past the limit of {MaxLength:N0} for finding its article: {Consequence}"
                        : "";
        return warning.Length > 0;
    }

    public static HtmlShape Measure(string html)
    {
        var depth = 0;
        var deepest = 0;
        var attributes = 0;
        var work = 0L;
        var flat = Flat.GetAlternateLookup<ReadOnlySpan<char>>();
        var rawText = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = html.IndexOf('<', close + 3);
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var end = TagEnd(html, nameEnd, out var count, out var selfClosing);
            attributes = Math.Max(attributes, count);
            work += depth;
            if (closing)
            {
                if (!flat.Contains(name) && depth > 0) depth--;
            }
            else if (rawText.Contains(name))
            {
                end = RawTextEnd(html, end, name);
            }
            else if (!selfClosing && !flat.Contains(name))
            {
                deepest = Math.Max(deepest, ++depth);
            }
            if (end >= html.Length) break;
            i = html.IndexOf('<', end);
        }
        return new HtmlShape(deepest, attributes, work, html.Length);
    }

    /// <summary>The index after the tag's '&gt;', counting its attributes on the way (a name after white space, outside quotes).</summary>
    private static int TagEnd(string html, int from, out int attributes, out bool selfClosing)
    {
        attributes = 0;
        selfClosing = false;
        var quote = '\0';
        var afterSpace = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    afterSpace = false;
                    break;
                case '>':
                    selfClosing = html[j - 1] == '/';
                    return j + 1;
                case ' ' or '\t' or '\n' or '\r' or '\f' or '/':
                    afterSpace = true;
                    break;
                case '=':
                    afterSpace = false;
                    break;
                default:
                    if (afterSpace) attributes++;
                    afterSpace = false;
                    break;
            }
        }
        return html.Length;
    }

    private static int RawTextEnd(string html, int from, ReadOnlySpan<char> name)
    {
        var j = from;
        while (true)
        {
            var close = html.IndexOf("</", j, StringComparison.Ordinal);
            if (close < 0) return html.Length;
            if (close + 2 + name.Length <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                return close + 2 + name.Length;
            j = close + 2;
        }
    }
}
