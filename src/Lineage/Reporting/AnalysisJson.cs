using System.Text.Json;
using Lineage.Analysis;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Reporting;

/// <summary>The analysis sections of the scan JSON: stories, clusters, quotes, names, facts and provenance.</summary>
public static class AnalysisJson
{
    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    public static void Write(Utf8JsonWriter json, ScanResult scan, CorpusAnalysis analysis)
    {
        string Id(int document) => scan.Documents[document].Id;

        json.WriteStartArray("stories");
        foreach (var story in analysis.Stories)
        {
            json.WriteStartObject();
            json.WriteNumber("id", story.Id);
            json.WriteString("label", story.Label);
            WriteStrings(json, "keywords", story.Keywords);
            WriteOptional(json, "firstPublished", story.FirstPublished);
            WriteOptional(json, "lastPublished", story.LastPublished);
            WriteStrings(json, "documents", story.Documents.Select(Id));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        // Groups of two or more copies; a document alone is its own group (its id is in "documents").
        json.WriteStartArray("duplicateGroups");
        foreach (var group in analysis.Duplicates.Groups)
        {
            if (group.Documents.Count < 2) continue;
            json.WriteStartObject();
            json.WriteNumber("id", group.Id);
            json.WriteString("representative", Id(group.Representative));
            WriteStrings(json, "documents", group.Documents.Select(Id));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("clusters");
        foreach (var cluster in analysis.Clusters)
        {
            json.WriteStartObject();
            json.WriteNumber("id", cluster.Id);
            json.WriteStartArray("members");
            foreach (var member in cluster.Members)
            {
                json.WriteStartObject();
                json.WriteString("doc", Id(member.Document));
                WriteSpanFields(json, member.Span);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in analysis.Quotes)
        {
            json.WriteStartObject();
            json.WriteNumber("id", quote.Id);
            json.WriteString("text", quote.Variants[0].Text);
            json.WriteStartArray("occurrences");
            foreach (var o in quote.Occurrences) WriteOccurrence(json, Id(o.Document), o.Span, o.Speaker);
            json.WriteEndArray();
            json.WriteStartArray("variants");
            foreach (var variant in quote.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", variant.Text);
                WriteStrings(json, "differingWords", variant.DifferingWords);
                WriteStrings(json, "documents", variant.Occurrences.Select(o => Id(o.Document)).Distinct());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("names");
        foreach (var group in analysis.Names)
        {
            if (group.Documents.Count() < 2 && group.Variants.Count < 2) continue;
            json.WriteStartObject();
            json.WriteString("name", group.Name);
            json.WriteStartArray("variants");
            foreach (var variant in group.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", variant.Text);
                json.WriteStartArray("occurrences");
                foreach (var o in variant.Occurrences) WriteOccurrence(json, Id(o.Document), o.Span, null);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("facts");
        foreach (var storyFacts in analysis.Facts)
        foreach (var fact in storyFacts.Facts)
        {
            json.WriteStartObject();
            json.WriteNumber("story", storyFacts.Story);
            json.WriteString("subject", fact.Subject);
            json.WriteBoolean("disagree", fact.Disagree);
            json.WriteStartArray("mentions");
            foreach (var m in fact.Mentions)
            {
                json.WriteStartObject();
                json.WriteString("doc", Id(m.Document));
                WriteSpanFields(json, m.Span);
                json.WriteString("text", m.Text);
                json.WriteNumber("value", m.Value);
                if (m.Qualifier is null) json.WriteNull("qualifier");
                else json.WriteString("qualifier", m.Qualifier);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("provenance");
        foreach (var edge in analysis.Provenance) WriteEdge(json, edge);
        json.WriteEndArray();
    }

    /// <summary>One provenance edge with its evidence.</summary>
    internal static void WriteEdge(Utf8JsonWriter json, Lineage.Provenance.ProvenanceEdge edge)
    {
        json.WriteStartObject();
        json.WriteString("from", edge.From);
        json.WriteString("to", edge.To);
        json.WriteBoolean("external", edge.FromExternal);
        json.WriteNumber("confidence", edge.Confidence);
        json.WriteBoolean("undetermined", edge.Undetermined);
        json.WriteStartArray("evidence");
        foreach (var e in edge.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("kind", e.Kind);
            json.WriteString("detail", e.Detail);
            json.WriteNumber("weight", e.Weight);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOccurrence(Utf8JsonWriter json, string doc, TextSpan span, string? speaker)
    {
        json.WriteStartObject();
        json.WriteString("doc", doc);
        WriteSpanFields(json, span);
        if (speaker is not null) json.WriteString("speaker", speaker);
        json.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
