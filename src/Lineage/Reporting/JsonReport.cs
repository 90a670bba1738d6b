using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Reporting;

/// <summary>
/// The scan as JSON (format version 1). Offsets are UTF-16 code units into each document's
/// decoded original text, so <c>text.Substring(start, length)</c> in most languages shows the
/// passage. Written with a streaming writer: memory does not grow with the report.
/// </summary>
public static class JsonReport
{
    public const int Version = 1;

    public static Utf8JsonWriter CreateWriter(Stream output, bool indented = true) =>
        new(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void Write(ScanResult result, Stream output, bool indented = true) => Write(result, null, output, indented);

    /// <summary>The scan, with the analysis sections (stories, clusters, quotes, names, facts, provenance) when given.</summary>
    public static void Write(ScanResult result, Lineage.Analysis.CorpusAnalysis? analysis, Stream output, bool indented = true)
    {
        using var json = CreateWriter(output, indented);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("offsetUnit", "utf16");

        json.WriteStartArray("documents");
        var storyOf = analysis is null ? null : StoryOf(analysis, result.Articles.Count);
        for (var i = 0; i < result.Articles.Count; i++)
            WriteDocument(json, result.Articles[i], result.WordCounts[i], includeText: false, analysis?.Duplicates.Of(i).Id, storyOf?[i]);
        json.WriteEndArray();

        json.WriteStartArray("pairs");
        foreach (var pair in result.Pairs)
        {
            json.WriteStartObject();
            json.WriteString("a", result.Documents[pair.A].Id);
            json.WriteString("b", result.Documents[pair.B].Id);
            json.WriteNumber("sharedWords", pair.Alignment.SharedWords);
            json.WriteStartObject("coverage");
            json.WriteNumber("a", Math.Round(pair.Alignment.CoverageA, 4));
            json.WriteNumber("b", Math.Round(pair.Alignment.CoverageB, 4));
            json.WriteEndObject();
            json.WriteStartArray("passages");
            foreach (var passage in pair.Alignment.Passages) WritePassage(json, passage);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        if (analysis is not null) AnalysisJson.Write(json, result, analysis);
        WriteProblems(json, result.Problems);
        json.WriteEndObject();
    }

    /// <summary>The ExtractedDocuments alone, each with its article text: what <c>lineage extract</c> prints.</summary>
    public static void WriteArticles(ScanResult result, Stream output, bool indented = true)
    {
        using var json = CreateWriter(output, indented);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("offsetUnit", "utf16");
        json.WriteStartArray("documents");
        for (var i = 0; i < result.Articles.Count; i++) WriteDocument(json, result.Articles[i], result.WordCounts[i], includeText: true);
        json.WriteEndArray();
        WriteProblems(json, result.Problems);
        json.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter json, IReadOnlyList<Lineage.Reading.ReadProblem> problems)
    {
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("path", problem.Path);
            json.WriteString("message", problem.Message);
            json.WriteBoolean("skipped", problem.Skipped);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>One document: where it came from, its metadata, its boilerplate spans and (for extract) its article text.</summary>
    public static void WriteDocument(Utf8JsonWriter json, ExtractedDocument article, int words, bool includeText, int? duplicateGroup = null, int? story = null)
    {
        var d = article.Document;
        var m = article.Metadata;
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("path", d.Path);
        if (d.Line is { } line) json.WriteNumber("line", line);
        json.WriteString("format", d.Format.ToString().ToLowerInvariant());
        json.WriteString("encoding", d.Encoding);
        json.WriteNumber("chars", d.Text.Length);
        json.WriteNumber("words", words);
        WriteOptional(json, "url", m.Url);
        WriteOptional(json, "title", m.Title);
        WriteOptional(json, "site", m.Site);
        json.WriteStartArray("authors");
        foreach (var author in m.Authors) json.WriteStringValue(author);
        json.WriteEndArray();
        WriteOptional(json, "published", m.Published);
        WriteOptional(json, "originalSource", m.OriginalSource);
        WriteOptional(json, "language", m.Language);
        json.WriteStartArray("boilerplate");
        foreach (var span in article.Boilerplate)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (duplicateGroup is { } group) json.WriteNumber("duplicateGroup", group);
        if (story is { } s) json.WriteNumber("story", s);
        if (includeText) json.WriteString("text", article.ArticleText);
        json.WriteEndObject();
    }

    /// <summary>The story id of every document (0 for none).</summary>
    public static int[] StoryOf(Lineage.Analysis.CorpusAnalysis analysis, int documents)
    {
        var storyOf = new int[documents];
        foreach (var story in analysis.Stories)
            foreach (var d in story.Documents) storyOf[d] = story.Id;
        return storyOf;
    }

    private static void WritePassage(Utf8JsonWriter json, Passage passage)
    {
        json.WriteStartObject();
        WriteSpan(json, "a", passage.A);
        WriteSpan(json, "b", passage.B);
        json.WriteNumber("words", passage.AlignedWords);
        json.WriteNumber("identity", Math.Round(passage.Identity, 4));
        json.WriteStartArray("edits");
        foreach (var edit in passage.Edits)
        {
            json.WriteStartObject();
            json.WriteString("kind", EditName(edit.Kind));
            WriteSpan(json, "a", edit.A);
            WriteSpan(json, "b", edit.B);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string EditName(EditKind kind) => kind switch
    {
        EditKind.Typo => "typo",
        EditKind.Substitution => "substitution",
        EditKind.OnlyInA => "onlyInA",
        _ => "onlyInB",
    };

    private static void WriteSpan(Utf8JsonWriter json, string name, TextSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
