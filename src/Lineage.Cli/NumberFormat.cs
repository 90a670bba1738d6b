using System.Globalization;

namespace Lineage.Cli;

/// <summary>
/// How every command writes a number in its text output, so a figure reads the same in every
/// table and line: counts with a thousands comma, shares as whole percents, seconds with two
/// decimals, confidences with two; and a count with its noun in the right number.
/// </summary>
internal static class NumberFormat
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 passage", "2 passages", "1,204 documents".</summary>
    public static string Count(long value, string singular, string? plural = null) =>
        $"{Count(value)} {(value == 1 ? singular : plural ?? singular + "s")}";

    public static string Share(double value) => value.ToString("P0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Confidence(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
