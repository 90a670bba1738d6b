using System.Globalization;

namespace Lineage.Reporting;

/// <summary>The type of a <see cref="NetworkAttribute"/>, which graph formats declare before the values.</summary>
public enum NetworkValueType
{
    String,
    Integer,
    Double,
    Boolean,
}

/// <summary>
/// One attribute the nodes or edges of a <see cref="ReuseNetwork"/> may carry, declared once with
/// its type so GraphML keys and GEXF attributes say what they hold.
/// </summary>
public sealed record NetworkAttribute(string Name, NetworkValueType Type)
{
    /// <summary>A value as graph formats write it: invariant numbers, shares rounded to 4 decimals as in the JSON, lowercase booleans.</summary>
    public static string Format(object value) => value switch
    {
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Model.ReportPrecision.Round(d).ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"no graph format for a {value.GetType().Name}", nameof(value)),
    };
}
