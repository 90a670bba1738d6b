using AngleSharp.Dom;

namespace Lineage.Extraction;

/// <summary>
/// What an element's tag, class and id say about its content, in the spirit of Readability's class
/// weights: navigation, sidebars, comments, share bars, related links, footers and ads are
/// boilerplate; article, main, story, post body and entry text are content. Class and id are cut
/// into words (at '-', '_', spaces and case changes) so "sidebar-left" and "relatedLinks" match
/// while "address" does not match "ad".
/// </summary>
internal static class HtmlElementHints
{
    private static readonly HashSet<string> BoilerplateTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "menu",
    };

    private static readonly HashSet<string> ContentTags = new(StringComparer.OrdinalIgnoreCase) { "article", "main" };

    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menubar", "submenu", "sidebar", "sidebox", "side", "rail", "widget", "widgets",
        "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies",
        "share", "sharing", "social", "sharebar", "sharetools", "addthis", "facebook", "twitter", "print", "email",
        "related", "recommended", "popular", "trending", "promo", "promotion", "teaser", "teasers",
        "footer", "foot", "copyright", "header", "masthead", "banner", "breadcrumb", "breadcrumbs", "crumbs",
        "ad", "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored", "dfp", "outbrain", "taboola",
        "tags", "tag", "tagcloud", "categories", "archive", "archives", "pagination", "pager", "subscribe", "newsletter",
        "signup", "login", "search", "toolbar", "tools", "utility", "byline", "meta", "metadata", "postmeta", "postmetadata", "hidden", "cookie", "modal", "popup",
    };

    private static readonly HashSet<string> ContentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articles", "content", "main", "story", "entry", "post", "body", "text", "blog", "hentry", "prose",
        "articlebody", "storytext", "bodytext", "paragraph", "permalink",
    };

    /// <summary>Words that, after "author", name a box about the writer.</summary>
    private static readonly HashSet<string> AuthorBoxWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "box", "bio", "bios", "info", "text", "description", "details", "profile",
    };

    /// <summary>Words that name reader comments besides those containing "comment".</summary>
    private static readonly HashSet<string> CommentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "disqus", "respond", "reply", "replies",
    };

    /// <summary>
    /// Content words that name the article itself; "content", "text", "post" and "entry" also name
    /// the parts of a widget or a comment ("format_text", "widget content").
    /// </summary>
    private static readonly HashSet<string> ArticleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articlebody", "story", "storytext", "bodytext", "main", "maintext",
    };

    /// <summary>Negative for boilerplate, positive for content, zero when the element says nothing.</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        if (BoilerplateTags.Contains(element.LocalName)) weight -= 2;
        else if (ContentTags.Contains(element.LocalName)) weight += 2;
        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "menu" or "search") weight -= 2;
        else if (role is "main" or "article") weight += 2;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) weight += 3;
        weight += WordWeight(element.GetAttribute("class")) + WordWeight(element.Id);
        return weight;
    }

    /// <summary>
    /// True when the element says it is the article (an <c>article</c> or <c>main</c> element, role
    /// main or article, itemprop articleBody, a class or id naming the article or story) and its
    /// class and id name nothing that is boilerplate.
    /// </summary>
    public static bool MarksArticle(IElement element)
    {
        var classValue = element.GetAttribute("class");
        var id = element.Id;
        if (WordWeight(classValue) < 0 || WordWeight(id) < 0) return false;
        if (ContentTags.Contains(element.LocalName) || element.GetAttribute("role") is "main" or "article") return true;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return true;
        return HasWord(classValue, ArticleWords) || HasWord(id, ArticleWords);
    }

    /// <summary>
    /// True when the element's class or id names reader comments ("comments", "commentlist",
    /// "disqus_thread", "respond"): the one kind of boilerplate that holds running text.
    /// </summary>
    public static bool NamesComments(IElement element) => NamesComments(element.GetAttribute("class")) || NamesComments(element.Id);

    private static bool NamesComments(string? value) =>
        !string.IsNullOrEmpty(value) && (value.Contains("comment", StringComparison.OrdinalIgnoreCase) || HasWord(value, CommentWords));

    private static bool HasWord(string? value, HashSet<string> words)
    {
        if (string.IsNullOrEmpty(value) || value.Contains('/')) return false;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = value.AsSpan();
        var wordStart = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            if (IsWordBoundary(span, i) && wordStart >= 0)
            {
                if (lookup.Contains(span[wordStart..i])) return true;
                wordStart = -1;
            }
            if (i < span.Length && char.IsLetterOrDigit(span[i]) && wordStart < 0) wordStart = i;
        }
        return false;
    }

    private static bool IsWordBoundary(ReadOnlySpan<char> span, int i) =>
        i == span.Length || !char.IsLetterOrDigit(span[i]) || (i > 0 && char.IsUpper(span[i]) && char.IsLower(span[i - 1]));

    private static int WordWeight(string? value)
    {
        // An address used as an id ("http://…/comments/5933/") names a page, not a part of one.
        if (string.IsNullOrEmpty(value) || value.Contains('/')) return 0;
        int negative = 0, positive = 0;
        var span = value.AsSpan();
        var wordStart = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            if (IsWordBoundary(span, i) && wordStart >= 0)
            {
                var word = span[wordStart..i];
                if (BoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) negative = 1;
                else if (ContentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) positive = 1;
                wordStart = -1;
            }
            if (i < span.Length && char.IsLetterOrDigit(span[i]) && wordStart < 0) wordStart = i;
        }
        // A word joined from several ("commentlist", "sidebar1") still says what it is.
        if (negative == 0 && ContainsAny(value, "comment", "sidebar", "share", "related", "footer", "breadcrumb", "navigation", "widget", "advert", "sponsor", "social"))
            negative = 1;
        return positive - negative * 2;
    }

    /// <summary>
    /// True when the element's class or id names a box about the writer ("author-box",
    /// "about_author", "post-author", "authorbio", "extendedBio"). "author" alone is not enough,
    /// since it also names the byline's link and whole posts ("entry-author-jane").
    /// </summary>
    public static bool NamesAuthorBox(IElement element) => NamesAuthorBox(element.GetAttribute("class")) || NamesAuthorBox(element.Id);

    private static bool NamesAuthorBox(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Contains('/')) return false;
        if (ContainsAny(value, "authorbox", "authorbio", "authorinfo", "aboutauthor", "postauthor")) return true;
        var span = value.AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        var wordStart = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            if (IsWordBoundary(span, i) && wordStart >= 0)
            {
                var word = span[wordStart..i];
                if (IsAuthorBoxPair(previous, word)) return true;
                previous = word;
                wordStart = -1;
            }
            if (i < span.Length && char.IsLetterOrDigit(span[i]) && wordStart < 0) wordStart = i;
        }
        return false;
    }

    private static bool IsAuthorBoxPair(ReadOnlySpan<char> previous, ReadOnlySpan<char> word)
    {
        if (word.Equals("bio", StringComparison.OrdinalIgnoreCase) || word.Equals("bios", StringComparison.OrdinalIgnoreCase)) return true;
        if (previous.Equals("author", StringComparison.OrdinalIgnoreCase))
            return AuthorBoxWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        return word.Equals("author", StringComparison.OrdinalIgnoreCase)
            && (previous.Equals("about", StringComparison.OrdinalIgnoreCase) || previous.Equals("the", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("post", StringComparison.OrdinalIgnoreCase) || previous.Equals("article", StringComparison.OrdinalIgnoreCase));
    }

    private static bool ContainsAny(string value, params ReadOnlySpan<string> parts)
    {
        foreach (var part in parts)
            if (value.Contains(part, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
