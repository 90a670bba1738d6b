using System.Globalization;
using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// A news site: its name, its language, and the boilerplate it puts on every page (a header with
/// navigation, a footer, a copyright and a disclaimer), which every document of the site shares.
/// Some small sites also carry a <see cref="LegalNotice"/> that other small sites carry too.
/// </summary>
public sealed class Site
{
    private static readonly string[] NamePrefixes = WordList.Split("Global Daily Evening Morning Free Independent New Eastern Western Northern Southern Open Real True Middle Levant Atlantic Pacific Capital Metro World Frontline Crescent Orient Continental Public");
    private static readonly string[] NameSuffixes = WordList.Split("Research Front Post Times Herald Tribune Observer Review Monitor Chronicle Gazette Dispatch Report Journal Courier Express Insider Voice Watch Digest News Wire Bulletin Record Sentinel");
    private static readonly string[] Sections = WordList.Split("Home World Politics Economy Opinion Analysis Video Culture Sport Science Region Archive Contact About Donate");
    private static readonly string[] SharedDisclaimers =
    [
        "The views expressed in this article are the sole responsibility of the author(s).",
        "The original source of this article is {site}.",
        "All rights reserved. Reproduction without permission is prohibited.",
        "Articles may be republished on non-commercial sites provided the source and a link to the original are given.",
    ];

    private static readonly string[] Invitations =
    [
        "Subscribe to the {site} newsletter and get our {noun} coverage every {day}.",
        "{site} depends on readers like you: support our {noun} reporting today.",
        "Follow {site} on social media for the latest {noun} news.",
        "Get the {site} {day} briefing in your inbox.",
        "Like what you read? Donate to {site} and keep {noun} journalism free.",
        "Send your {noun} tips to the {site} desk.",
    ];

    private Site(int index, string name, string slug, Language language, string newLine, IReadOnlyList<string> header, IReadOnlyList<string> footer, int notice)
    {
        Index = index;
        Notice = notice;
        Name = name;
        Slug = slug;
        Language = language;
        NewLine = newLine;
        Header = header;
        Footer = footer;
    }

    public int Index { get; }
    public string Name { get; }

    /// <summary>The folder its documents are written to.</summary>
    public string Slug { get; }

    public Language Language { get; }

    /// <summary>"\n", or "\r\n" for the sites whose servers write Windows line ends.</summary>
    public string NewLine { get; }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<string> Footer { get; }

    /// <summary>The <see cref="LegalNotice"/> in its footer, −1 for none.</summary>
    public int Notice { get; }

    public static Site Create(int index, Language language, Prng rng, int notice = -1)
    {
        var name = language == Language.Arabic
            ? $"{rng.Pick(NameBank.Arabic.Topic(rng).Places)} {rng.Pick(["اليوم", "الإخبارية", "نيوز", "برس", "الآن"])}"
            : index < NamePrefixes.Length * NameSuffixes.Length && rng.Chance(0.7)
                ? $"{rng.Pick(NamePrefixes)} {rng.Pick(NameSuffixes)}"
                : $"{Capitalised(Lexicon.English.Nouns[rng.Next(300, 6000)])} {rng.Pick(NameSuffixes)}";
        var slug = $"s{index:D4}";
        var lexicon = Lexicon.For(language);
        var prose = ArticleWriter.ProseFor(language);
        var pool = NameBank.For(language).Topic(rng);
        var cast = pool.CastFor(rng, new DateOnly(2016, 1, 1));

        var header = new List<string>();
        header.Add(language == Language.Arabic || rng.Chance(0.5) ? name : $"{name} — {Tagline(rng, lexicon)}");
        var nav = new StringBuilder();
        var sections = rng.Next(4, 9);
        for (var i = 0; i < sections; i++) nav.Append(i == 0 ? "" : " | ").Append(rng.Pick(Sections));
        header.Add(nav.ToString());

        var footer = new List<string>();
        if (rng.Chance(0.6)) footer.Add(rng.Pick(Invitations).Replace("{site}", name).Replace("{noun}", lexicon.Nouns[rng.Next(20, 400)]).Replace("{day}", rng.Pick(WordList.Split(EnglishWords.Weekdays))));
        var disclaimer = new StringBuilder();
        disclaimer.Append(rng.Pick(SharedDisclaimers).Replace("{site}", name));
        for (var i = rng.Next(2, 5); i > 0; i--) disclaimer.Append(' ').Append(prose.Sentence(rng, cast));
        footer.Add(disclaimer.ToString());
        if (notice >= 0) footer.Add(LegalNotice.Text(notice, name));
        footer.Add($"Copyright © {name}, {rng.Next(2009, 2017).ToString(CultureInfo.InvariantCulture)}-2020");
        footer.Add($"For media inquiries: contact@{slug}.example.org");
        return new Site(index, name, slug, language, rng.Chance(0.1) ? "\r\n" : "\n", header, footer, notice);
    }

    /// <summary>The page as the site publishes it: header, title, byline, dateline, body, footer.</summary>
    public string Render(Article article, IReadOnlyList<string>? extraLines = null, string? originalSite = null)
    {
        var b = new StringBuilder(article.BodyChars + 1500);
        foreach (var line in Header) b.Append(line).Append(NewLine).Append(NewLine);
        b.Append(article.Title).Append(NewLine).Append(NewLine);
        b.Append("By ").Append(article.Author).Append(NewLine).Append(NewLine);
        b.Append(Name).Append(", ").Append(article.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append(NewLine).Append(NewLine);
        if (originalSite is not null)
            b.Append(originalSite).Append(' ').Append(article.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(NewLine).Append(NewLine);
        foreach (var p in article.Paragraphs) b.Append(p).Append(NewLine).Append(NewLine);
        if (extraLines is not null)
            foreach (var line in extraLines) b.Append(line).Append(NewLine).Append(NewLine);
        foreach (var line in Footer) b.Append(line).Append(NewLine).Append(NewLine);
        return b.ToString();
    }

    public override string ToString() => $"{Slug} {Name}";

    private static string Tagline(Prng rng, Lexicon lexicon) =>
        $"{Capitalised(lexicon.Adjectives[rng.Next(0, 60)])} {lexicon.Nouns[rng.Next(0, 200)]} and {lexicon.Nouns[rng.Next(0, 200)]} since {rng.Next(1990, 2012).ToString(CultureInfo.InvariantCulture)}";

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
