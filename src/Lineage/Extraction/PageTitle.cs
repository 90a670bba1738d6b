namespace Lineage.Extraction;

/// <summary>
/// The article's title from what a page declares: a <c>&lt;title&gt;</c> element usually adds the
/// site ("Bridge to close | Riverside Gazette"), which Readability's <c>_getArticleTitle</c> cuts at
/// the last separator, or at the first when what is left is under three words, and keeps whole when
/// the result is four words or fewer. Titles from JSON-LD and Open Graph are the article's as given.
/// </summary>
internal static class PageTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " / ", " \\ ", " > ", " » "];
    private static readonly string[] Hierarchical = [" / ", " \\ ", " > ", " » "];

    /// <summary>The title a <c>&lt;title&gt;</c> element gives, its site part cut off (Readability's rule).</summary>
    public static string FromTitleElement(string title)
    {
        if (!ContainsAny(title, Separators)) return title;
        var hierarchical = ContainsAny(title, Hierarchical);
        var (lastAt, lastLength) = Find(title, last: true);
        var cut = title[..lastAt].Trim();
        if (Words(cut) < 3)
        {
            var (firstAt, firstLength) = Find(title, last: false);
            cut = title[(firstAt + firstLength)..].Trim();
        }
        var words = Words(cut);
        // A short result is more often a fragment ("Home", a section) than the title, unless the
        // separators were a path's and one level was cut.
        if (words <= 4 && (!hierarchical || words != Words(title) - 1 - SeparatorCount(title))) return title;
        return cut;
    }

    private static (int At, int Length) Find(string title, bool last)
    {
        var at = -1;
        var length = 0;
        foreach (var separator in Separators)
        {
            var i = last ? title.LastIndexOf(separator, StringComparison.Ordinal) : title.IndexOf(separator, StringComparison.Ordinal);
            if (i < 0 || (at >= 0 && (last ? i <= at : i >= at))) continue;
            at = i;
            length = separator.Length;
        }
        return (at, length);
    }

    private static bool ContainsAny(string title, string[] separators)
    {
        foreach (var separator in separators)
            if (title.Contains(separator, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int SeparatorCount(string title)
    {
        var count = 0;
        foreach (var separator in Separators)
            for (var i = title.IndexOf(separator, StringComparison.Ordinal); i >= 0; i = title.IndexOf(separator, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
