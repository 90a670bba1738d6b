using System.Globalization;
using System.Text.RegularExpressions;

namespace Lineage.Extraction;

/// <summary>
/// Publication dates as news pages write them: "September 20, 2016", "20 September 2016",
/// "Sept. 20, 2016", "18 septembre 2016", "le 1er octobre 2016", ISO "2016-09-20" (with or without
/// a time), and numeric "20/09/2016" (day first, as outside the US, unless that cannot be).
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>A date found in <paramref name="text"/>, with where it is.</summary>
    public readonly record struct FoundDate(DateOnly Date, int Index, int Length)
    {
        public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static IEnumerable<FoundDate> FindAll(string text)
    {
        foreach (Match m in MonthDayYear().Matches(text))
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) yield return new(date, m.Index, m.Length);
        foreach (Match m in DayMonthYear().Matches(text))
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) yield return new(date, m.Index, m.Length);
        foreach (Match m in Iso().Matches(text))
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) yield return new(date, m.Index, m.Length);
        foreach (Match m in Numeric().Matches(text))
        {
            var first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var (day, month) = first > 12 || second <= 12 ? (first, second) : (second, first);
            if (TryMake(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), day.ToString(CultureInfo.InvariantCulture), out var date))
                yield return new(date, m.Index, m.Length);
        }
    }

    /// <summary>The first date in the text (by position), if any.</summary>
    public static FoundDate? First(string text)
    {
        FoundDate? best = null;
        foreach (var found in FindAll(text))
            if (best is null || found.Index < best.Value.Index) best = found;
        return best;
    }

    /// <summary>Parses a date a page declares (ISO 8601 or any of the written forms) to yyyy-mm-dd.</summary>
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && parsed.Year is > 1800 and < 2200)
            return parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return First(value)?.Iso;
    }

    private static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || y is < 1800 or > 2200) return false;
        if (!int.TryParse(month, CultureInfo.InvariantCulture, out var m) && !Months.TryGetValue(Fold(month), out m)) return false;
        if (!int.TryParse(day, CultureInfo.InvariantCulture, out var d)) return false;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private static string Fold(string month) => Lineage.Text.Tokenizer.Tokenize(month) is { Count: 1 } t ? t.FoldedOf(0).ToString() : month.ToLowerInvariant();

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["january", "jan", "janvier", "janv"],
            ["february", "feb", "fevrier", "fev", "fevr"],
            ["march", "mar", "mars"],
            ["april", "apr", "avril", "avr"],
            ["may", "mai"],
            ["june", "jun", "juin"],
            ["july", "jul", "juillet", "juil"],
            ["august", "aug", "aout"],
            ["september", "sep", "sept", "septembre"],
            ["october", "oct", "octobre"],
            ["november", "nov", "novembre"],
            ["december", "dec", "decembre"],
        ];
        for (var m = 0; m < names.Length; m++)
            foreach (var name in names[m]) months[name] = m + 1;
        return months;
    }

    private const string MonthName =
        @"(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil)\.?";

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})\b")]
    private static partial Regex Numeric();
}
