using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lineage.Analysis;
using Lineage.Reporting.Model;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>
/// The scan as JSON (format version 1): the report model (<see cref="ReportBuilder"/>) item by
/// item, each serialised from <see cref="ReportJsonContext"/> into one streaming writer, so memory
/// does not grow with the report. Offsets are UTF-16 code units into each document's decoded
/// original text, so <c>text.Substring(start, length)</c> in most languages shows the passage.
/// </summary>
public static class JsonReport
{
    public const int Version = 1;

    public static Utf8JsonWriter CreateWriter(Stream output, bool indented = true) => new(output, Options(indented));

    private static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ScanResult result, Stream output, bool indented = true) => Write(result, null, output, indented);

    /// <summary>The scan, with the analysis sections (stories, duplicate groups, clusters, quotes, names, facts, provenance) when given.</summary>
    public static void Write(ScanResult result, CorpusAnalysis? analysis, Stream output, bool indented = true)
    {
        Write(new ReportBuilder(result, analysis), output, indented);
    }

    public static void Write(ReportBuilder report, Stream output, bool indented = true)
    {
        using var json = StreamBufferWriter.Json(output, Options(indented));
        WriteReport(json.Writer, report, htmlIndex: false);
    }

    /// <summary>The ExtractedDocuments alone, each with its article text: what <c>lineage extract</c> prints.</summary>
    public static void WriteArticles(ScanResult result, Stream output, bool indented = true)
    {
        using var json = CreateWriter(output, indented);
        var report = new ReportBuilder(result, null);
        json.WriteStartObject();
        WriteHeader(json);
        json.WriteStartArray("documents");
        for (var i = 0; i < result.Articles.Count; i++) Serialize(json, report.Document(i, includeText: true), ReportJsonContext.Default.ReportDocument);
        json.WriteEndArray();
        WriteItems(json, "problems", report.Problems(), ReportJsonContext.Default.ReportProblem);
        json.WriteEndObject();
    }

    /// <summary>
    /// The whole report object. As the HTML report's index (<paramref name="htmlIndex"/>) each pair
    /// gives its <c>passageCount</c> instead of its passages, and the quotes and names are left to
    /// blocks of their own (<see cref="WriteArray"/>) and the clusters out, so the page opens
    /// without parsing the bulk of a large corpus's report.
    /// </summary>
    internal static void WriteReport(Utf8JsonWriter json, ReportBuilder report, bool htmlIndex)
    {
        json.WriteStartObject();
        WriteHeader(json);
        var threads = Threads(report);
        WriteItems(json, "documents", report.DocumentCount, i => report.Document(i), ReportJsonContext.Default.ReportDocument, threads);
        WriteItems(json, "pairs", report.PairCount, i => report.Pair(i, withPassages: !htmlIndex), ReportJsonContext.Default.ReportPair, threads);
        if (report.Analysis is not null)
        {
            WriteItems(json, "stories", report.StoryCount, report.Story, ReportJsonContext.Default.ReportStory, threads);
            WriteItems(json, "duplicateGroups", report.DuplicateGroupCount, report.DuplicateGroup, ReportJsonContext.Default.ReportDuplicateGroup, threads);
            if (!htmlIndex)
            {
                WriteItems(json, "clusters", report.ClusterCount, report.Cluster, ReportJsonContext.Default.ReportCluster, threads);
                json.WritePropertyName("quotes");
                WriteQuotes(json, report, threads);
                WriteItems(json, "names", report.NameCount, report.Name, ReportJsonContext.Default.ReportName, threads);
            }
            WriteItems(json, "facts", report.FactCount, report.Fact, ReportJsonContext.Default.ReportFact, threads);
            WriteItems(json, "provenance", report.ProvenanceCount, report.ProvenanceEdge, ReportJsonContext.Default.ReportProvenanceEdge, threads);
        }
        WriteItems(json, "problems", report.Problems(), ReportJsonContext.Default.ReportProblem);
        json.WriteEndObject();
    }

    /// <summary>The threads a report's writing may use: those its analysis ran on (see <see cref="CorpusAnalysis.Threads"/>), else one.</summary>
    internal static int Threads(ReportBuilder report) => report.Analysis?.Threads ?? 1;

    internal static void WriteHeader(Utf8JsonWriter json)
    {
        json.WriteNumber("version", Version);
        json.WriteString("offsetUnit", "utf16");
    }

    internal static void WriteItems<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, JsonTypeInfo<T> type, int threads = 1)
    {
        json.WritePropertyName(name);
        WriteArray(json, items, type, threads);
    }

    internal static void WriteItems<T>(Utf8JsonWriter json, string name, int count, Func<int, T> item, JsonTypeInfo<T> type, int threads)
    {
        json.WritePropertyName(name);
        JsonArrayChunks.Write(json, count, item, type, threads);
    }

    /// <summary>The quotes as an array, each written from its cluster (<see cref="QuoteJson"/>), on up to <paramref name="threads"/> threads.</summary>
    internal static void WriteQuotes(Utf8JsonWriter json, ReportBuilder report, int threads)
    {
        var quotes = report.Analysis?.Quotes ?? [];
        var documents = report.Scan.Documents;
        JsonArrayChunks.Write(json, quotes.Count, (writer, i) => QuoteJson.Write(writer, quotes[i], documents), threads);
    }

    /// <summary>The items as an array, serialised on up to <paramref name="threads"/> threads (<see cref="JsonArrayChunks"/>).</summary>
    internal static void WriteArray<T>(Utf8JsonWriter json, IEnumerable<T> items, JsonTypeInfo<T> type, int threads = 1) =>
        JsonArrayChunks.Write(json, items, type, threads);

    internal static void Serialize<T>(Utf8JsonWriter json, T item, JsonTypeInfo<T> type) => JsonSerializer.Serialize(json, item, type);
}
