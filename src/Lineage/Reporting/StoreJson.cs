using System.Text.Json;
using Lineage.Indexing;
using Lineage.Storage;

namespace Lineage.Reporting;

/// <summary>
/// JSON for the persistent index: <c>lineage index stats</c> and <c>lineage trace</c>. A trace's
/// passages give <c>traced</c> and <c>stored</c> spans, UTF-16 offsets into each document's
/// original text (the stored text for a stored document), as in the scan JSON.
/// </summary>
public static class StoreJson
{
    public static void WriteStats(StoreStats stats, Stream output, bool indented = true)
    {
        using var json = JsonReport.CreateWriter(output, indented);
        json.WriteStartObject();
        json.WriteString("store", stats.Location);
        json.WriteString("backend", stats.Backend);
        json.WriteNumber("schemaVersion", stats.SchemaVersion);
        json.WriteNumber("documents", stats.Documents);
        json.WriteNumber("pairs", stats.Pairs);
        json.WriteNumber("passages", stats.Passages);
        json.WriteNumber("postings", stats.Postings);
        json.WriteNumber("textChars", stats.TextChars);
        json.WriteNumber("bytes", stats.Bytes);
        json.WriteStartObject("fingerprints");
        json.WriteNumber("ngram", stats.Settings.NGram);
        json.WriteNumber("window", stats.Settings.Window);
        json.WriteBoolean("wholeText", stats.Settings.WholeText);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteTraces(string store, IReadOnlyList<TraceResult> traces, Stream output, bool indented = true)
    {
        using var json = JsonReport.CreateWriter(output, indented);
        json.WriteStartObject();
        json.WriteNumber("version", JsonReport.Version);
        json.WriteString("offsetUnit", "utf16");
        json.WriteString("store", store);
        json.WriteStartArray("traced");
        foreach (var trace in traces) WriteTrace(json, trace);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTrace(Utf8JsonWriter json, TraceResult trace)
    {
        json.WriteStartObject();
        json.WritePropertyName("document");
        JsonReport.WriteDocument(json, trace.Article, trace.Words, includeText: false);
        if (trace.StoredAs is null) json.WriteNull("storedAs");
        else json.WriteString("storedAs", trace.StoredAs);
        json.WriteNumber("candidates", trace.Candidates);
        if (trace.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("id", source.Stored.Document.Id);
            json.WriteNumber("coverage", Math.Round(source.Alignment.CoverageA, 4));
            json.WriteBoolean("determined", !source.Provenance.Undetermined);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }
        json.WriteStartArray("matches");
        foreach (var match in trace.Matches)
        {
            json.WriteStartObject();
            json.WritePropertyName("stored");
            JsonReport.WriteDocument(json, match.Stored, match.Words, includeText: false);
            json.WriteString("added", match.Added);
            json.WriteNumber("sharedWords", match.Alignment.SharedWords);
            json.WriteStartObject("coverage");
            json.WriteNumber("traced", Math.Round(match.Alignment.CoverageA, 4));
            json.WriteNumber("stored", Math.Round(match.Alignment.CoverageB, 4));
            json.WriteEndObject();
            json.WriteString("role", match.Role);
            json.WritePropertyName("provenance");
            AnalysisJson.WriteEdge(json, match.Provenance);
            json.WriteStartArray("passages");
            foreach (var passage in match.Alignment.Passages)
            {
                // The scan JSON's passage, its a/b sides named for what they are here.
                json.WriteStartObject();
                WriteSpan(json, "traced", passage.A);
                WriteSpan(json, "stored", passage.B);
                json.WriteNumber("words", passage.AlignedWords);
                json.WriteNumber("identity", Math.Round(passage.Identity, 4));
                json.WriteStartArray("edits");
                foreach (var edit in passage.Edits)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", JsonReport.EditName(edit.Kind));
                    WriteSpan(json, "traced", edit.A);
                    WriteSpan(json, "stored", edit.B);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("provenance");
        foreach (var edge in trace.Provenance) AnalysisJson.WriteEdge(json, edge);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, Text.TextSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
        json.WriteEndObject();
    }
}
