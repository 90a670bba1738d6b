using System.Globalization;

namespace Lineage.Clustering;

/// <summary>A document's publication date as metadata gives it (ISO 8601, <c>yyyy-MM-dd</c>), or none.</summary>
internal static class PublishedDate
{
    public static DateOnly? Parse(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
