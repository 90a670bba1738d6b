using System.Net;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Finds where the DOM's text nodes are in the page source. The parser keeps the source position of
/// elements only, so each text node is matched char by char against the source from the element that
/// precedes it, skipping white space, markup and the content of raw-text elements, and decoding
/// character references. Text nodes are located in document order; a cursor keeps two nodes from
/// claiming the same source text.
/// </summary>
internal sealed class HtmlSourceLocator(string html)
{
    /// <summary>Elements whose content is raw text (or escapable raw text) in the HTML tokenizer: no markup inside.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    private int cursor;

    /// <summary>
    /// The source span from the first to the last non-white-space char of <paramref name="data"/>,
    /// searched from the end of the last located node, or from <paramref name="from"/> if that is
    /// later. When that fails and <paramref name="from"/> is earlier, the node is out of source order
    /// (the parser moved it, as it does with text misplaced in a table) and is searched from there.
    /// False when the node is only white space or its text is not at either place.
    /// </summary>
    public bool TryLocate(string data, int from, out TextSpan span)
    {
        if (TryMatchAt(data, Math.Max(cursor, from), out span) || (from < cursor && TryMatchAt(data, from, out span)))
        {
            cursor = span.End;
            return true;
        }
        return false;
    }

    private bool TryMatchAt(string data, int p, out TextSpan span)
    {
        span = default;
        int first = -1, end = -1;
        var i = 0;
        while (true)
        {
            while (i < data.Length && char.IsWhiteSpace(data[i])) i++;
            if (i == data.Length) break;
            p = SkipNonText(p);
            if (p >= html.Length) return false;
            var c = html[p];
            if (c == '&' && TryDecodeReference(p, out var decoded, out var referenceEnd) && TryMatch(data, ref i, decoded))
            {
                if (first < 0) first = p;
                p = end = referenceEnd;
                continue;
            }
            if (c != data[i]) return false;
            if (first < 0) first = p;
            i++;
            p = end = p + 1;
        }
        if (first < 0) return false;
        span = TextSpan.FromBounds(first, end);
        return true;
    }

    /// <summary>Matches the non-white-space chars of a decoded reference against <paramref name="data"/> at <paramref name="i"/>.</summary>
    private static bool TryMatch(string data, ref int i, string decoded)
    {
        var j = i;
        foreach (var d in decoded)
        {
            if (char.IsWhiteSpace(d)) continue;
            while (j < data.Length && char.IsWhiteSpace(data[j])) j++;
            if (j >= data.Length || data[j] != d) return false;
            j++;
        }
        i = j;
        return true;
    }

    private int SkipNonText(int p)
    {
        while (p < html.Length)
        {
            var c = html[p];
            if (char.IsWhiteSpace(c))
            {
                p++;
            }
            else if (c == '<' && SkipMarkup(p) is var next and > 0)
            {
                p = next;
            }
            else if (c == '&' && TryDecodeReference(p, out var decoded, out var referenceEnd) && string.IsNullOrWhiteSpace(decoded))
            {
                p = referenceEnd;
            }
            else
            {
                break;
            }
        }
        return p;
    }

    /// <summary>The index after the markup at <paramref name="lt"/> (tag, comment, doctype, raw-text element), or 0 for a literal '&lt;'.</summary>
    private int SkipMarkup(int lt)
    {
        if (lt + 1 >= html.Length) return 0;
        var next = html[lt + 1];
        if (next == '!')
        {
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }
            return AfterChar(lt + 2, '>');
        }
        if (next == '?') return AfterChar(lt + 2, '>');
        if (next == '/')
            return lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]) ? AfterChar(lt + 2, '>') : 0;
        if (!char.IsAsciiLetter(next)) return 0;

        var nameEnd = lt + 1;
        while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>')) nameEnd++;
        var tagEnd = SkipAttributes(nameEnd);
        var name = html.AsSpan(lt + 1, nameEnd - lt - 1);
        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)) return html.Length;
        foreach (var raw in RawTextElements)
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase)) return SkipRawText(tagEnd, raw);
        return tagEnd;
    }

    /// <summary>Attributes as the HTML tokenizer reads them: quotes count only around a value after '='.</summary>
    private int SkipAttributes(int p)
    {
        while (p < html.Length)
        {
            var c = html[p];
            if (c == '>') return p + 1;
            if (c != '=')
            {
                p++;
                continue;
            }
            p++;
            while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
            if (p < html.Length && html[p] is '"' or '\'')
            {
                var close = html.IndexOf(html[p], p + 1);
                if (close < 0) return html.Length;
                p = close + 1;
            }
        }
        return html.Length;
    }

    private int SkipRawText(int from, string name)
    {
        var p = from;
        while (true)
        {
            var close = html.IndexOf("</", p, StringComparison.Ordinal);
            if (close < 0) return html.Length;
            var after = close + 2 + name.Length;
            if (string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after >= html.Length || char.IsWhiteSpace(html[after]) || html[after] is '/' or '>'))
                return AfterChar(after, '>');
            p = close + 2;
        }
    }

    private int AfterChar(int from, char c)
    {
        var at = html.IndexOf(c, from);
        return at < 0 ? html.Length : at + 1;
    }

    /// <summary>
    /// Decodes the character reference at <paramref name="amp"/>: named or numeric, with or without
    /// the ';' (browsers accept "&amp;amp" and "&amp;#233"); C1 code points mean their Windows-1252
    /// chars, as the HTML spec says.
    /// </summary>
    private bool TryDecodeReference(int amp, out string decoded, out int end)
    {
        decoded = "";
        end = amp;
        var limit = Math.Min(html.Length, amp + 40);
        var j = amp + 1;
        if (j < limit && html[j] == '#')
        {
            j++;
            var hex = j < limit && html[j] is 'x' or 'X';
            if (hex) j++;
            var digitsStart = j;
            while (j < limit && (hex ? char.IsAsciiHexDigit(html[j]) : char.IsAsciiDigit(html[j]))) j++;
            if (j == digitsStart) return false;
            if (!int.TryParse(html.AsSpan(digitsStart, j - digitsStart), hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var code))
                code = 0xFFFD;
            end = j < html.Length && html[j] == ';' ? j + 1 : j;
            decoded = CodePointText(code);
            return true;
        }
        while (j < limit && char.IsAsciiLetterOrDigit(html[j])) j++;
        if (j == amp + 1) return false;
        if (j < html.Length && html[j] == ';')
        {
            var withSemicolon = html.Substring(amp, j - amp + 1);
            var value = WebUtility.HtmlDecode(withSemicolon);
            if (value != withSemicolon)
            {
                decoded = value;
                end = j + 1;
                return true;
            }
        }
        // Legacy references without ';' ("&amp", "&nbsp", "&copy"): the longest known prefix.
        for (var k = j; k > amp + 1; k--)
        {
            var candidate = string.Concat(html.AsSpan(amp, k - amp), ";");
            var value = WebUtility.HtmlDecode(candidate);
            if (value == candidate) continue;
            decoded = value;
            end = k;
            return true;
        }
        return false;
    }

    private static readonly string[] Windows1252C1 =
    [
        "\u20AC", "\u0081", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021", "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "\u008D", "\u017D", "\u008F",
        "\u0090", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014", "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "\u009D", "\u017E", "\u0178",
    ];

    private static string CodePointText(int code)
    {
        if (code is >= 0x80 and <= 0x9F) return Windows1252C1[code - 0x80];
        // A hex reference past int.MaxValue ("&#xFFFFFFFF;") parses as a negative number.
        if (code <= 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) return "\uFFFD";
        return char.ConvertFromUtf32(code);
    }
}
