using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// A number with what it counts, as one document states it: "at least 62 death" is 62 killed,
/// qualifier "at least"; "over 100 injured" is 100 injured, qualifier "more than".
/// </summary>
public sealed record FactMention(int Document, TextSpan Span, string Text, double Value, string? Qualifier, string Subject)
{
    /// <summary>The claim without its wording: "more than 100".</summary>
    public string Claim => Qualifier is null ? FormatValue(Value) : $"{Qualifier} {FormatValue(Value)}";

    private static string FormatValue(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What the documents of a story say about one subject ("killed", "injured", "F-16"), and whether they disagree.</summary>
public sealed record Fact(string Subject, IReadOnlyList<FactMention> Mentions)
{
    /// <summary>True when documents give different numbers ("62" and "dozens"); "at least 62" and "62" agree.</summary>
    public bool Disagree => Mentions.Select(m => m.Value).Distinct().Count() > 1;
}
