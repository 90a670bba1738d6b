using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// The writer's name from the page's markup when no JSON-LD or meta tag gives one: the first
/// element that marks a byline, as Readability finds it (<c>_isValidByline</c>: <c>rel="author"</c>,
/// <c>itemprop</c> naming the author, or a class or id with "byline", "author", "writtenby" or
/// "p-author"), with a short text; the "By" a byline opens with, in the languages read, is dropped.
/// </summary>
internal static class HtmlBylineReader
{
    private const int MaxBylineChars = 100;

    private static readonly string[] Openers = ["by", "von", "par", "por", "di", "door", "przez", "av", "af", "от", "oleh"];

    public static IReadOnlyList<string> Read(IDocument document)
    {
        if (document.Body is not { } body) return [];
        foreach (var element in body.Descendants<IElement>())
        {
            if (!MarksByline(element)) continue;
            var scope = element.GetAttribute("itemprop") is not null && element.QuerySelector("[itemprop~=name]") is { } name ? name : element;
            var text = HtmlMetadataReader.Clean(ShortText(scope));
            if (text is null || text.Length > MaxBylineChars) continue;
            var who = DropOpener(text);
            if (who.Length >= 2 && !who.Equals("author", StringComparison.OrdinalIgnoreCase) && HasLetters(who)) return [who];
        }
        return [];
    }

    /// <summary>
    /// The element's text, or null once it passes what a byline can hold: an element classed
    /// "author" can wrap a whole post, whose text is not worth gathering.
    /// </summary>
    private static string? ShortText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        var visible = 0;
        foreach (var node in element.Descendants<IText>())
        {
            text.Append(node.Data);
            foreach (var c in node.Data)
                if (!char.IsWhiteSpace(c)) visible++;
            if (visible > MaxBylineChars) return null;
        }
        return text.ToString();
    }

    private static bool MarksByline(IElement element)
    {
        if (element.LocalName is "script" or "style" or "meta" or "link") return false;
        if (element.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase)) return true;
        return Names(element.GetAttribute("class")) || Names(element.Id);
    }

    private static bool Names(string? value) =>
        !string.IsNullOrEmpty(value)
        && (value.Contains("byline", StringComparison.OrdinalIgnoreCase) || value.Contains("author", StringComparison.OrdinalIgnoreCase)
            || value.Contains("writtenby", StringComparison.OrdinalIgnoreCase) || value.Contains("p-author", StringComparison.OrdinalIgnoreCase));

    private static string DropOpener(string text)
    {
        foreach (var opener in Openers)
        {
            if (text.Length > opener.Length + 1 && text.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
                && text[opener.Length] is ' ' or ':')
                return text[(opener.Length + 1)..].TrimStart(' ', ':');
        }
        return text;
    }

    private static bool HasLetters(string text)
    {
        var letters = 0;
        foreach (var c in text)
            if (char.IsLetter(c)) letters++;
        return letters >= 2;
    }
}
