using System.Buffers;
using System.Text.RegularExpressions;

namespace Lineage.Extraction;

/// <summary>The shapes of the lines around an article: labels, bylines, attributions, footers, furniture.</summary>
public static partial class LinePatterns
{
    /// <summary>"Region: …", "Thème: …", "In-depth Report: …": a site's filing labels.</summary>
    [GeneratedRegex(@"^(Region|Région|Regions|Theme|Thème|Themes|Thèmes|In-depth Report|Analyses|Topics?|Tags?|Categor(y|ies)|Catégories?|Filed under|Section|Rubrique|Mots-clés|Keywords)\s*:", RegexOptions.IgnoreCase)]
    public static partial Regex Label();

    /// <summary>"By X", "Par X", "Articles by: X", "Author: X".</summary>
    [GeneratedRegex(@"^(Articles\s+(by|par|By|Par)|By|BY|Par|PAR|Por|Von|Oleh|Author|Authors|Auteur|Auteurs|Written by|Écrit par)\s*:?\s+(?<who>[\p{Lu}\[<*].*)$")]
    public static partial Regex Byline();

    /// <summary>An explicit statement of where the article was taken from.</summary>
    [GeneratedRegex(@"(The original source of this article is|La source originale de cet article est|Originally published (by|at|in|on)|Initialement publié (par|sur)|This article (was )?originally appeared (on|in|at)|Cet article a été publié initialement (par|sur|dans))\s*:?\s*(?<source>[^.\n]+)", RegexOptions.IgnoreCase)]
    public static partial Regex OriginalSource();

    /// <summary>"Source: X" on a line of its own.</summary>
    [GeneratedRegex(@"^(Source|Sources)\s*:\s*(?<source>.{2,80})$", RegexOptions.IgnoreCase)]
    public static partial Regex SourceLine();

    /// <summary>"according to FNA report", "according to a Reuters report".</summary>
    [GeneratedRegex(@"\baccording to (an? |the )?(?<source>(\p{Lu}[\p{L}\p{N}.&'-]*\s?){1,4})(report|reports|news agency)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AccordingToReport();

    /// <summary>Lines that begin the furniture after an article: attribution, copyright, disclaimers, membership, comments.</summary>
    [GeneratedRegex(@"^(The original source of this article is|La source originale de cet article est|Copyright|©|\(c\)\s*\d{4}|Articles (by|par)\b|Disclaimer|Avis de non-responsabilité|Become a Member|Devenez membre|Comment on|Commentez|Related (articles|posts|stories|news)|Read more|Lire la suite|Share this|Partagez|Follow us|Suivez-nous|Subscribe|Abonnez-vous|All rights reserved|Tous droits réservés|Source\s*:)", RegexOptions.IgnoreCase)]
    public static partial Regex FooterStart();

    /// <summary>A fast test that lets most lines skip <see cref="Appeal"/>: each of its words holds one of these.</summary>
    public static bool MayBeAppeal(ReadOnlySpan<char> text) => text.IndexOfAny(AppealKeys) >= 0;

    private static readonly SearchValues<string> AppealKeys =
        SearchValues.Create(["paypal", "patreon", "donat", "un don", "support", "soutenez"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Appeals for money and sharing, wherever they stand.</summary>
    [GeneratedRegex(@"\b(PayPal|Patreon|donate|donation|faites un don|support (the|our) (project|work|site)|soutenez|please support)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Appeal();

    /// <summary>A line that is only a web or mail address.</summary>
    [GeneratedRegex(@"^(https?://\S+|www\.\S+|\S+@\S+\.\S+)$", RegexOptions.IgnoreCase)]
    public static partial Regex AddressOnly();

    /// <summary>
    /// A host name in text: "www.globalresearch.ca", "Mondialisation.ca". Run without backtracking:
    /// the backtracking engine tries every split of a run like "fo-0-0-0…" between the label
    /// classes from every word boundary, so a 90 KB line of them took seconds (quadratic); without
    /// backtracking the matches are the same and a line is scanned a bounded number of times.
    /// </summary>
    public static Regex Host() => HostPattern;

    private static readonly Regex HostPattern = new(
        @"\b(?:www\.)?(?<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|ca|fr|de|uk|ru|ir|id|pk|es|it|pt|news|co|io|tv|eu|us|be|ch|nl|au|in))\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "share", "shares", "shared", "advertisement", "advertisements", "sponsored", "ad", "ads", "tweet", "print", "email", "mail",
        "subscribe", "comments", "comment", "related", "read", "more", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
        "pinterest", "telegram", "menu", "search", "home", "login", "log", "sign", "up", "in", "newsletter", "next", "previous",
        "skip", "to", "content", "partager", "publicite", "imprimer", "envoyer", "this", "article", "on", "x", "close", "top",
        "back", "follow", "us", "like", "reply", "copy", "link", "save", "story", "via",
    };

    /// <summary>A short line made only of interface words: "Share", "Advertisement", "Read more", "Tweet Email".</summary>
    public static bool IsFurniture(IReadOnlyList<string> foldedWords)
    {
        if (foldedWords.Count is 0 or > 6) return false;
        foreach (var word in foldedWords)
            if (!FurnitureWords.Contains(word)) return false;
        return true;
    }
}
