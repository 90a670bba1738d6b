using System.Buffers;
using System.Text.RegularExpressions;
using Lineage.Text;

namespace Lineage.Extraction;

/// <summary>
/// Metadata written in an article's own lines: the title, bylines ("By X", "Par X", "Articles by:
/// X"), the dateline that names the site and the publication date ("Global Research, September 20,
/// 2016"), and explicit attribution ("The original source of this article is X", "Source: X",
/// "according to X report").
/// </summary>
public static partial class TextMetadataReader
{
    public static ArticleMetadata Read(TextView view, IReadOnlyList<TextBlock> blocks, IReadOnlyList<BlockRole> roles)
    {
        string? title = null, site = null, published = null, firstHeaderDate = null;
        var authors = new List<string>();
        var namedDates = new List<(string Name, string Date)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            // Body lines, most of an article, say nothing here: only the others are copied out of the view.
            if (roles[i] is not (BlockRole.Title or BlockRole.Header or BlockRole.Footer)) continue;
            var raw = blocks[i].Text(view);
            var line = InlineMarkup.Strip(raw);
            switch (roles[i])
            {
                case BlockRole.Title:
                    title ??= line;
                    break;
                case BlockRole.Header:
                    ReadHeader(raw, line, authors, namedDates, ref site, ref published, ref firstHeaderDate);
                    break;
                case BlockRole.Footer:
                    if (LinePatterns.Byline().Match(line) is { Success: true } byline && line.StartsWith("Articles", StringComparison.OrdinalIgnoreCase))
                        AddAuthors(authors, raw, byline.Groups["who"].Value);
                    break;
            }
        }
        var originalSource = OriginalSource(view, blocks);
        return new ArticleMetadata
        {
            Title = title,
            Site = site ?? SiteFromFooterHost(view, blocks, roles),
            Authors = authors,
            Published = published ?? firstHeaderDate,
            OriginalSource = originalSource,
            OriginalSourceDate = originalSource is null ? null
                : namedDates.FirstOrDefault(d => d.Name.EndsWith(originalSource, StringComparison.OrdinalIgnoreCase)).Date,
        };
    }

    private static void ReadHeader(string raw, string line, List<string> authors, List<(string Name, string Date)> namedDates,
        ref string? site, ref string? published, ref string? firstHeaderDate)
    {
        if (LinePatterns.Byline().Match(line) is { Success: true } byline) AddAuthors(authors, raw, byline.Groups["who"].Value);
        // A dateline is "Site, date" inside one piece of the line as the page set it apart.
        var segments = InlineMarkup.Segments(raw);
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            foreach (var found in DateParser.FindAll(segment))
            {
                firstHeaderDate ??= found.Iso;
                var before = segment[..found.Index].TrimEnd();
                // "[South Front](#) 19 September 2016": a name and the date it gave the article.
                var dated = before.Length > 0 ? before : s > 0 ? segments[s - 1] : "";
                if (dated.Length > 0 && !dated.EndsWith(',')) namedDates.Add((dated, found.Iso));
                if (site is not null || !before.EndsWith(',')) continue;
                var name = before[..^1].Trim();
                if (LinePatterns.Byline().Match(name) is { Success: true } inner) name = inner.Groups["who"].Value.Trim();
                if (name.Length is >= 2 and <= 60 && char.IsUpper(name[0]) && name.Split(' ').Length <= 5)
                {
                    site = name;
                    published = found.Iso;
                }
            }
        }
    }

    /// <summary>The names after "By": the first piece the page marked up (a link), else the text up to a date or label.</summary>
    private static void AddAuthors(List<string> authors, string raw, string who)
    {
        var segments = InlineMarkup.Segments(raw);
        var name = segments.Count > 1 && (raw.Contains('[') || raw.Contains('<')) ? segments[1] : who;
        var date = DateParser.First(name);
        if (date is { } d) name = name[..d.Index];
        name = BylineTail().Replace(name, "").Trim();
        foreach (var part in AuthorSeparator().Split(name))
        {
            var author = part.Trim().TrimEnd('.', ':');
            if (author.Length is >= 2 and <= 60 && !authors.Contains(author)) authors.Add(author);
        }
    }

    private static string? OriginalSource(TextView view, IReadOnlyList<TextBlock> blocks)
    {
        string? sourceLine = null, accordingTo = null;
        foreach (var block in blocks)
        {
            if (!MayNameASource(view.Chars.AsSpan(block.ViewStart, block.ViewEnd - block.ViewStart))) continue;
            var line = InlineMarkup.Strip(block.Text(view));
            // Each pattern runs only on lines holding its key word: unanchored, they cost a scan of the line each.
            if (MayStateTheOriginal(line) && LinePatterns.OriginalSource().Match(line) is { Success: true } explicitSource) return Clean(explicitSource.Groups["source"].Value);
            if (sourceLine is null && LinePatterns.SourceLine().Match(line) is { Success: true } source) sourceLine = Clean(source.Groups["source"].Value);
            if (accordingTo is null && MayCiteAReport(line) && LinePatterns.AccordingToReport().Match(line) is { Success: true } report)
                accordingTo = Clean(report.Groups["source"].Value);
        }
        return sourceLine ?? accordingTo;
    }

    /// <summary>A fast test that lets most lines skip the attribution patterns: each of them holds one of these words.</summary>
    private static bool MayNameASource(ReadOnlySpan<char> text) => text.IndexOfAny(SourceKeys) >= 0;

    private static readonly SearchValues<string> SourceKeys =
        SearchValues.Create(["source", "according", "originally", "initialement", "appeared", "publi"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every phrase of <see cref="LinePatterns.OriginalSource"/> holds "original" or "initialement".</summary>
    private static bool MayStateTheOriginal(string line) =>
        line.Contains("original", StringComparison.OrdinalIgnoreCase) || line.Contains("initialement", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A necessary condition for <see cref="LinePatterns.AccordingToReport"/>, cheap enough for every
    /// line: after some "according to" comes "report" or "news agency" before any char the pattern's
    /// names cannot hold and within the seven spaces it allows (one after "to", one after an
    /// article, one a name word, one inside "news agency"). Most lines with "according to" cite no
    /// report, and on those the pattern backtracks through every split of the words that follow.
    /// </summary>
    internal static bool MayCiteAReport(string line)
    {
        const string Lead = "according to";
        var text = line.AsSpan();
        for (var at = text.IndexOf(Lead, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var from = at + Lead.Length;
            var end = from;
            var spaces = 0;
            while (end < text.Length)
            {
                var c = text[end];
                if (char.IsWhiteSpace(c))
                {
                    if (++spaces > 7) break;
                }
                else if (!char.IsLetterOrDigit(c) && !char.IsNumber(c) && c is not ('.' or '&' or '\'' or '-'))
                {
                    break;
                }
                end++;
            }
            var window = text[from..end];
            if (window.Contains("report", StringComparison.OrdinalIgnoreCase) || window.Contains("news agency", StringComparison.OrdinalIgnoreCase)) return true;
            var next = text[from..].IndexOf(Lead, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : from + next;
        }
        return false;
    }

    /// <summary>"Copyright © X, 2016" and host names in the footer: the site's own domain, when nothing better names it.</summary>
    private static string? SiteFromFooterHost(TextView view, IReadOnlyList<TextBlock> blocks, IReadOnlyList<BlockRole> roles)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (roles[i] is not (BlockRole.Footer or BlockRole.Header)) continue;
            foreach (Match m in LinePatterns.Host().Matches(blocks[i].Text(view)))
                counts[m.Groups["host"].Value.ToLowerInvariant()] = counts.GetValueOrDefault(m.Groups["host"].Value.ToLowerInvariant()) + 1;
        }
        string? best = null;
        foreach (var (host, count) in counts)
            if (best is null || count > counts[best]) best = host;
        return best;
    }

    /// <summary>The name alone: a footer saved on one line runs on into "Copyright © …".</summary>
    private static string Clean(string value)
    {
        var cut = FooterRunOn().Match(value);
        if (cut.Success && cut.Index > 0) value = value[..cut.Index];
        return value.Trim().TrimEnd('.', ',', ';', ':').Trim();
    }

    [GeneratedRegex(@"\s*(,|;|\||Global Research|Region|Theme)\s*$")]
    private static partial Regex BylineTail();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\bet\b|&)\s*")]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"\s*(Copyright|©|Articles (by|par)\b|All rights|Tous droits)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterRunOn();
}
