using System.Net;
using Lineage.Text;

namespace Lineage.Reading;

/// <summary>
/// The text a browser shows for an HTML page, with every char mapped back to the page source:
/// tags, comments, scripts, styles and the head are left out, entities are decoded, runs of
/// white space become one space and block elements become line breaks. A forgiving single pass,
/// so a broken page still yields its text; the DOM is not needed to find words and their offsets.
/// </summary>
public static class HtmlVisibleText
{
    // The head is not skipped whole: its text-bearing children (title, style, script) are, and a
    // page that never closes its head ("<head><title>T</title><p>text…") still shows its text, as
    // a browser leaves the head at the first element that does not belong there (§13.2.6.4.4).
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "title", "svg", "math", "iframe", "object", "select", "textarea",
    };

    /// <summary>
    /// Elements whose tag ends an unclosed svg or math, as HTML breaks out of foreign content
    /// (§13.2.6.5): so "&lt;h1&gt;Title &lt;svg&gt;&lt;/h1&gt;&lt;p&gt;…" does not hide the article.
    /// </summary>
    private static readonly HashSet<string> ForeignContentBreakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
        // End tags of the elements that usually hold an svg: an open one closes it.
        "article", "section", "main", "header", "footer", "nav", "aside", "html", "a", "td", "th", "tr", "figure",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    };

    public static TextView Extract(string html)
    {
        // Counted first, then written at its exact size (see CountedTextBuilder).
        var counter = new CountedTextBuilder();
        Scan(html, ref counter);
        var viewStarts = new int[counter.Runs];
        var sourceStarts = new int[counter.Runs];
        var sourceEnds = new int[counter.Runs];
        var chars = string.Create(counter.Length, (Html: html, ViewStarts: viewStarts, SourceStarts: sourceStarts, SourceEnds: sourceEnds), static (span, state) =>
        {
            var writer = new CountedTextBuilder(span, state.ViewStarts, state.SourceStarts, state.SourceEnds);
            Scan(state.Html, ref writer);
        });
        return TextView.Segmented(chars, new ViewSegments(viewStarts, sourceStarts, sourceEnds, chars.Length));
    }

    private static void Scan(string html, ref CountedTextBuilder view)
    {
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && TryReadMarkup(html, i, ref view) is var next and > 0)
            {
                i = next;
            }
            else if (c == '&' && TryDecodeEntity(html, i, out var decoded, out var entityEnd))
            {
                foreach (var d in decoded) AppendChar(ref view, d, i, entityEnd);
                i = entityEnd;
            }
            else
            {
                AppendChar(ref view, c, i, i + 1);
                i++;
            }
        }
    }

    private static void AppendChar(ref CountedTextBuilder view, char c, int start, int end)
    {
        if (char.IsWhiteSpace(c))
        {
            var last = view.LastChar;
            if (last is ' ' or '\n') return;
            view.Append(' ', start, end);
            return;
        }
        view.Append(c, start, end);
    }

    /// <summary>Handles the markup starting at '&lt;'; returns the index after it, or 0 if it is a plain '&lt;'.</summary>
    private static int TryReadMarkup(string html, int lt, ref CountedTextBuilder view)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        if (lt + 1 >= html.Length) return 0;
        var first = html[lt + 1];
        if (first is '!' or '?')
        {
            var close = html.IndexOf('>', lt + 1);
            return close < 0 ? html.Length : close + 1;
        }
        var isClosing = first == '/';
        var nameStart = lt + (isClosing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
        if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) return 0;
        var tagEnd = FindTagEnd(html, nameEnd);
        var name = html[nameStart..nameEnd];

        if (BlockElements.Contains(name)) view.AppendBreak(lt);
        if (!isClosing && SkippedElements.Contains(name) && html[tagEnd - 2] != '/')
            return SkipElementContent(html, tagEnd, name);
        return tagEnd;
    }

    private static int FindTagEnd(string html, int from)
    {
        var quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j + 1;
            }
        }
        return html.Length;
    }

    /// <summary>
    /// Skips to just after <c>&lt;/name&gt;</c>; a missing close tag ends the element at the end of
    /// the page, or for svg and math at the first tag that breaks out of foreign content.
    /// </summary>
    private static int SkipElementContent(string html, int from, string name)
    {
        if (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase))
            return SkipForeignContent(html, from, name);
        var j = from;
        while (true)
        {
            var close = html.IndexOf("</", j, StringComparison.Ordinal);
            if (close < 0) return html.Length;
            if (string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var after = close + 2 + name.Length;
                if (after >= html.Length || !char.IsAsciiLetterOrDigit(html[after]))
                    return FindTagEnd(html, after);
            }
            j = close + 2;
        }
    }

    private static int SkipForeignContent(string html, int from, string name)
    {
        var j = from;
        while (true)
        {
            var lt = html.IndexOf('<', j);
            if (lt < 0 || lt + 1 >= html.Length) return html.Length;
            var isClosing = html[lt + 1] == '/';
            var nameStart = lt + (isClosing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            var tag = html.AsSpan(nameStart, nameEnd - nameStart);
            if (isClosing && tag.Equals(name, StringComparison.OrdinalIgnoreCase)) return FindTagEnd(html, nameEnd);
            // The breaking tag is not part of the skipped content: it is read as usual.
            if (tag.Length > 0 && ForeignContentBreakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tag)) return lt;
            j = lt + 1;
        }
    }

    private static bool TryDecodeEntity(string html, int amp, out string decoded, out int end)
    {
        decoded = "";
        end = amp;
        var limit = Math.Min(html.Length, amp + 34);
        var semi = -1;
        for (var j = amp + 1; j < limit; j++)
        {
            var c = html[j];
            if (c == ';')
            {
                semi = j;
                break;
            }
            if (!char.IsAsciiLetterOrDigit(c) && c != '#') return false;
        }
        if (semi < 0 || semi == amp + 1) return false;
        var entity = html.Substring(amp, semi - amp + 1);
        var value = WebUtility.HtmlDecode(entity);
        if (value == entity || value.Length == 0) return false;
        decoded = value;
        end = semi + 1;
        return true;
    }
}
