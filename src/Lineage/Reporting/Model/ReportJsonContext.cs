using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>
/// The one description every JSON output is serialised from, generated at build time (no
/// reflection): field names are the records' property names in camelCase, in declaration order.
/// Each item is written into the caller's <see cref="System.Text.Json.Utf8JsonWriter"/>, so a
/// report streams and the writer's escaping (plain JSON, or HTML-safe) holds.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(ReportPair))]
[JsonSerializable(typeof(ReportPassage))]
[JsonSerializable(typeof(ReportStory))]
[JsonSerializable(typeof(ReportDuplicateGroup))]
[JsonSerializable(typeof(ReportCluster))]
[JsonSerializable(typeof(ReportQuote))]
[JsonSerializable(typeof(ReportName))]
[JsonSerializable(typeof(ReportFact))]
[JsonSerializable(typeof(ReportProvenanceEdge))]
[JsonSerializable(typeof(ReportProblem))]
[JsonSerializable(typeof(ReportTrace))]
[JsonSerializable(typeof(ReportStoreStats))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
