using System.Text.Json;
using Lineage.Clustering;
using Lineage.Reading;
using Lineage.Reporting.Model;

namespace Lineage.Reporting;

/// <summary>
/// A quote written straight from the analysis's cluster, byte for byte what serialising its report
/// model (<see cref="ReportBuilder.Quote"/>, a <see cref="ReportQuote"/>) writes. A large corpus
/// has hundreds of thousands of quotes, most of them quoted once: their model, a handful of small
/// objects each, was most of what writing the report allocated, for nothing the writer needs.
/// </summary>
internal static class QuoteJson
{
    public static void Write(Utf8JsonWriter json, QuoteCluster quote, IReadOnlyList<Document> documents)
    {
        json.WriteStartObject();
        json.WriteNumber("id"u8, quote.Id);
        json.WriteString("text"u8, quote.Variants[0].Text);
        json.WriteStartArray("occurrences"u8);
        for (var v = 0; v < quote.Variants.Count; v++)
        {
            var occurrences = quote.Variants[v].Occurrences;
            for (var i = 0; i < occurrences.Count; i++)
            {
                var o = occurrences[i];
                json.WriteStartObject();
                json.WriteString("doc"u8, documents[o.Document].Id);
                json.WriteNumber("start"u8, o.Span.Start);
                json.WriteNumber("length"u8, o.Span.Length);
                // The model leaves a speaker out when the sentence names nobody.
                if (o.Speaker is not null) json.WriteString("speaker"u8, o.Speaker);
                json.WriteNumber("variant"u8, v);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("variants"u8);
        for (var v = 0; v < quote.Variants.Count; v++)
        {
            var variant = quote.Variants[v];
            json.WriteStartObject();
            json.WriteString("text"u8, variant.Text);
            json.WriteStartArray("differingWords"u8);
            for (var i = 0; i < variant.DifferingWords.Count; i++) json.WriteStringValue(variant.DifferingWords[i]);
            json.WriteEndArray();
            json.WriteStartArray("documents"u8);
            var seen = VariantDocumentIds.Seen(variant.Occurrences);
            for (var i = 0; i < variant.Occurrences.Count; i++)
                if (VariantDocumentIds.First(variant.Occurrences, i, seen)) json.WriteStringValue(documents[variant.Occurrences[i].Document].Id);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
