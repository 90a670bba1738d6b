namespace Lineage.Reporting.Model;

/// <summary>
/// How every output rounds a fraction (coverage, identity, confidence, evidence weight): four
/// decimals, enough to tell one word in ten thousand and short enough to read. Decided here alone
/// so the JSON, the HTML report, CSV, Parquet, passim and the graph files never disagree.
/// </summary>
public static class ReportPrecision
{
    public const int Decimals = 4;

    /// <summary>The CSV form of a rounded fraction: at most <see cref="Decimals"/> decimals, no trailing zeros.</summary>
    public const string CsvFormat = "0.####";

    public static double Round(double value) => Math.Round(value, Decimals);
}
