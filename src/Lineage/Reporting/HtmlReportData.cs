using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lineage.Analysis;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Reporting;

/// <summary>
/// The data of the HTML report, as JSON made to sit inside a <c>&lt;script&gt;</c> element: every
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote inside a string is written as a <c>\u</c>
/// escape, so no text of a document can close the element or open a comment, while letters of
/// every script stay as they are. Three kinds of block, so a large corpus opens quickly and the
/// page parses a text or the passages only when a view needs them:
/// <list type="bullet">
/// <item>the index (<see cref="WriteIndex"/>): documents' metadata, stories, pair summaries
/// <c>[a, b, sharedWords, passages, coverageA, coverageB]</c>, provenance edges, quotes, facts,
/// names and problems; documents are referred to by their index;</item>
/// <item>the passages (<see cref="WritePassages"/>): per pair, its passages
/// <c>[aStart, aLength, bStart, bLength, words, identity, edits]</c> with edits
/// <c>[kind, aStart, aLength, bStart, bLength]</c>, kind 0 typo, 1 substitution, 2 only in A, 3 only in B;</item>
/// <item>one block per document (<see cref="WriteDocumentText"/>): <c>{ text, boilerplate: [start, length, …] }</c>.</item>
/// </list>
/// Offsets are UTF-16 code units into the document's original text, as in the JSON report.
/// </summary>
public sealed class HtmlReportData(ScanResult scan, CorpusAnalysis analysis)
{
    /// <summary>Escapes what HTML cares about (&lt; &gt; &amp; ' " +) and control characters, not letters.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static Utf8JsonWriter CreateWriter(Stream output) => new(output, Options);

    public void WriteIndex(Stream output)
    {
        using var json = CreateWriter(output);
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        WriteDocuments(json);
        WriteStories(json);
        WritePairs(json);
        WriteProvenance(json);
        WriteQuotes(json);
        WriteFacts(json);
        WriteNames(json);
        WriteProblems(json);
        json.WriteEndObject();
    }

    public void WritePassages(Stream output)
    {
        using var json = CreateWriter(output);
        json.WriteStartArray();
        foreach (var pair in scan.Pairs)
        {
            json.WriteStartArray();
            foreach (var passage in pair.Alignment.Passages)
            {
                json.WriteStartArray();
                WriteSpan(json, passage.A);
                WriteSpan(json, passage.B);
                json.WriteNumberValue(passage.AlignedWords);
                json.WriteNumberValue(Math.Round(passage.Identity, 4));
                json.WriteStartArray();
                foreach (var edit in passage.Edits)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue((int)edit.Kind);
                    WriteSpan(json, edit.A);
                    WriteSpan(json, edit.B);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    public void WriteDocumentText(Stream output, int index)
    {
        var article = scan.Articles[index];
        using var json = CreateWriter(output);
        json.WriteStartObject();
        json.WriteString("text", article.Document.Text);
        json.WriteStartArray("boilerplate");
        foreach (var span in article.Boilerplate) WriteSpan(json, span);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteDocuments(Utf8JsonWriter json)
    {
        var storyOf = new int[scan.Articles.Count];
        foreach (var story in analysis.Stories)
            foreach (var d in story.Documents) storyOf[d] = story.Id;
        json.WriteStartArray("documents");
        for (var i = 0; i < scan.Articles.Count; i++)
        {
            var article = scan.Articles[i];
            var m = article.Metadata;
            json.WriteStartObject();
            json.WriteString("id", article.Document.Id);
            json.WriteString("path", article.Document.Path);
            WriteOptional(json, "title", m.Title);
            WriteOptional(json, "site", m.Site);
            json.WriteStartArray("authors");
            foreach (var author in m.Authors) json.WriteStringValue(author);
            json.WriteEndArray();
            WriteOptional(json, "published", m.Published);
            WriteOptional(json, "source", m.OriginalSource);
            WriteOptional(json, "language", m.Language);
            WriteOptional(json, "url", m.Url);
            json.WriteNumber("words", scan.WordCounts[i]);
            json.WriteNumber("chars", article.Document.Text.Length);
            json.WriteNumber("story", storyOf[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WriteStories(Utf8JsonWriter json)
    {
        json.WriteStartArray("stories");
        foreach (var story in analysis.Stories)
        {
            json.WriteStartObject();
            json.WriteNumber("id", story.Id);
            json.WriteString("label", story.Label);
            WriteOptional(json, "firstPublished", story.FirstPublished);
            WriteOptional(json, "lastPublished", story.LastPublished);
            json.WriteStartArray("keywords");
            foreach (var keyword in story.Keywords) json.WriteStringValue(keyword);
            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var d in story.Documents) json.WriteNumberValue(d);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WritePairs(Utf8JsonWriter json)
    {
        json.WriteStartArray("pairs");
        foreach (var pair in scan.Pairs)
        {
            json.WriteStartArray();
            json.WriteNumberValue(pair.A);
            json.WriteNumberValue(pair.B);
            json.WriteNumberValue(pair.Alignment.SharedWords);
            json.WriteNumberValue(pair.Alignment.Passages.Count);
            json.WriteNumberValue(Math.Round(pair.Alignment.CoverageA, 4));
            json.WriteNumberValue(Math.Round(pair.Alignment.CoverageB, 4));
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private void WriteProvenance(Utf8JsonWriter json)
    {
        var pairOf = new Dictionary<(int, int), int>(scan.Pairs.Count);
        for (var i = 0; i < scan.Pairs.Count; i++) pairOf[(scan.Pairs[i].A, scan.Pairs[i].B)] = i;
        json.WriteStartArray("provenance");
        foreach (var edge in analysis.Provenance)
        {
            json.WriteStartObject();
            json.WriteString("from", edge.From);
            json.WriteString("to", edge.To);
            WriteOptional(json, "fromDocument", edge.FromDocument);
            WriteOptional(json, "toDocument", edge.ToDocument);
            json.WriteBoolean("external", edge.FromExternal);
            json.WriteNumber("confidence", Math.Round(edge.Confidence, 4));
            json.WriteBoolean("undetermined", edge.Undetermined);
            int? pair = edge is { FromDocument: { } f, ToDocument: { } t } && pairOf.TryGetValue((Math.Min(f, t), Math.Max(f, t)), out var p) ? p : null;
            WriteOptional(json, "pair", pair);
            json.WriteStartArray("evidence");
            foreach (var e in edge.Evidence)
            {
                json.WriteStartArray();
                json.WriteStringValue(e.Kind);
                json.WriteStringValue(e.Detail);
                json.WriteNumberValue(Math.Round(e.Weight, 4));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WriteQuotes(Utf8JsonWriter json)
    {
        json.WriteStartArray("quotes");
        foreach (var quote in analysis.Quotes)
        {
            json.WriteStartObject();
            json.WriteNumber("id", quote.Id);
            json.WriteStartArray("variants");
            foreach (var variant in quote.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", variant.Text);
                json.WriteStartArray("differingWords");
                foreach (var word in variant.DifferingWords) json.WriteStringValue(word);
                json.WriteEndArray();
                json.WriteStartArray("occurrences");
                foreach (var o in variant.Occurrences)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(o.Document);
                    WriteSpan(json, o.Span);
                    if (o.Speaker is null) json.WriteNullValue();
                    else json.WriteStringValue(o.Speaker);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WriteFacts(Utf8JsonWriter json)
    {
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
                json.WriteStartArray();
                json.WriteNumberValue(m.Document);
                WriteSpan(json, m.Span);
                json.WriteStringValue(m.Text);
                json.WriteStringValue(m.Claim);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Names spelled more than one way or met in more than one document; per spelling, its count and documents.</summary>
    private void WriteNames(Utf8JsonWriter json)
    {
        json.WriteStartArray("names");
        var documents = new SortedSet<int>();
        foreach (var group in analysis.Names)
        {
            if (group.Variants.Count < 2 && group.Documents.Take(2).Count() < 2) continue;
            json.WriteStartObject();
            json.WriteString("name", group.Name);
            json.WriteStartArray("variants");
            foreach (var variant in group.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", variant.Text);
                json.WriteNumber("count", variant.Occurrences.Count);
                documents.Clear();
                foreach (var o in variant.Occurrences) documents.Add(o.Document);
                json.WriteStartArray("documents");
                foreach (var d in documents) json.WriteNumberValue(d);
                json.WriteEndArray();
                // The first occurrence, so a link can show the spelling in its document.
                json.WriteStartArray("first");
                json.WriteNumberValue(variant.Occurrences[0].Document);
                WriteSpan(json, variant.Occurrences[0].Span);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WriteProblems(Utf8JsonWriter json)
    {
        json.WriteStartArray("problems");
        foreach (var problem in scan.Problems)
        {
            json.WriteStartObject();
            json.WriteString("path", problem.Path);
            json.WriteString("message", problem.Message);
            json.WriteBoolean("skipped", problem.Skipped);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.Length);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }
}
