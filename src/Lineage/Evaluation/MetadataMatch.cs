using Lineage.Extraction;

namespace Lineage.Evaluation;

/// <summary>
/// Whether each metadata field the extractor read matches the benchmark's: true or false where the
/// benchmark gives a value, null where it does not. Texts are compared with case, accents' marks
/// kept, punctuation and spacing set aside; a byline matches when it names every author read (and
/// at least one); dates as the same instant or, failing that, the same day; languages by their primary subtag ("en-GB" is "en").
/// </summary>
public sealed record MetadataMatch(bool? Title, bool? Byline, bool? SiteName, bool? Published, bool? Language)
{
    public static MetadataMatch Compare(ExpectedMetadata expected, PageMetadata actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return new MetadataMatch(
            Given(expected.Title) ? Normalize(expected.Title!) == Normalize(actual.Title ?? "") : null,
            Given(expected.Byline) ? BylineNames(Normalize(expected.Byline!), actual.Authors) : null,
            Given(expected.SiteName) ? Normalize(expected.SiteName!) == Normalize(actual.SiteName ?? "") : null,
            Given(expected.Published) ? SameDate(expected.Published!, actual.Published) : null,
            Given(expected.Language) ? PrimaryTag(expected.Language!) == PrimaryTag(actual.Language ?? "") : null);
    }

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool BylineNames(string byline, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0) return false;
        foreach (var author in authors)
        {
            var name = Normalize(author);
            if (name.Length == 0 || !byline.Contains(name, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Lower case, letters and digits only, one space between words.</summary>
    internal static string Normalize(string text)
    {
        var normalized = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) normalized.Append(char.ToLowerInvariant(c));
            else if (normalized.Length > 0 && normalized[^1] != ' ') normalized.Append(' ');
        }
        return normalized.ToString().TrimEnd();
    }

    /// <summary>The same instant when both give a time with its offset, else the same day.</summary>
    private static bool SameDate(string expected, string? actual)
    {
        if (actual is null) return false;
        if (expected.Contains('T') && actual.Contains('T')
            && DateTimeOffset.TryParse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var a)
            && DateTimeOffset.TryParse(actual, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var b)
            && a.UtcDateTime == b.UtcDateTime)
            return true;
        return Day(expected) is { } day && day == Day(actual);
    }

    /// <summary>The yyyy-MM-dd a date starts with (ISO 8601, as both JSON-LD and Readability write it), else null.</summary>
    private static string? Day(string date)
    {
        var text = date.Trim();
        if (text.Length < 10 || text[4] != '-' || text[7] != '-') return null;
        for (var i = 0; i < 10; i++)
            if (i is not (4 or 7) && !char.IsAsciiDigit(text[i])) return null;
        return text[..10];
    }

    private static string PrimaryTag(string language)
    {
        var code = language.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }
}
