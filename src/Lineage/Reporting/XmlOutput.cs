using System.Text;
using System.Xml;

namespace Lineage.Reporting;

/// <summary>
/// The XML writer the graph formats share, and the cleaning every string goes through first:
/// XML 1.0 cannot hold most control characters or a lone surrogate at all (not even escaped),
/// and a title read from a web page may carry either.
/// </summary>
public static class XmlOutput
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        CloseOutput = false,
        NewLineChars = "\n",
    });

    /// <summary>The text with every char XML 1.0 forbids replaced by U+FFFD; the text itself when it has none.</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            builder.Append(IsAllowed(c) ? c : '\uFFFD');
        }
        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsAllowed(c)) return i;
        }
        return -1;
    }

    // XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (pairs handled by the callers).
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
