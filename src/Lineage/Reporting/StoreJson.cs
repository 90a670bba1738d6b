using System.Text.Json;
using Lineage.Indexing;
using Lineage.Reporting.Model;
using Lineage.Storage;

namespace Lineage.Reporting;

/// <summary>
/// JSON for the persistent index: <c>lineage index stats</c> and <c>lineage trace</c>, from the
/// same report model as the scan JSON. A trace's passages give <c>traced</c> and <c>stored</c>
/// spans, UTF-16 offsets into each document's original text (the stored text for a stored document).
/// </summary>
public static class StoreJson
{
    public static void WriteStats(StoreStats stats, Stream output, bool indented = true)
    {
        using var json = JsonReport.CreateWriter(output, indented);
        JsonReport.Serialize(json, ReportBuilder.Stats(stats), ReportJsonContext.Default.ReportStoreStats);
    }

    public static void WriteTraces(string store, IReadOnlyList<TraceResult> traces, Stream output, bool indented = true)
    {
        using var json = JsonReport.CreateWriter(output, indented);
        json.WriteStartObject();
        JsonReport.WriteHeader(json);
        json.WriteString("store", store);
        json.WriteStartArray("traced");
        foreach (var trace in traces) JsonReport.Serialize(json, ReportBuilder.Trace(trace), ReportJsonContext.Default.ReportTrace);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
