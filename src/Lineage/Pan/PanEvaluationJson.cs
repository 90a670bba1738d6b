using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lineage.Pan;

/// <summary>
/// A PAN evaluation as JSON for scripts (format version 1): the measures overall and per
/// obfuscation, every case with its recall, and the false detections. Offsets are PAN's.
/// </summary>
public static class PanEvaluationJson
{
    public const int Version = 1;

    public static void Write(PanEvaluation evaluation, Stream output, bool indented = true)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("measures", "PAN macro-averaged character precision and recall, granularity, plagdet (Potthast et al., COLING 2010)");
        json.WriteNumber("goldFiles", evaluation.GoldFiles);
        json.WriteNumber("detectionFiles", evaluation.DetectionFiles);
        json.WritePropertyName("overall");
        WriteScore(json, evaluation.Overall);
        json.WriteStartObject("byObfuscation");
        foreach (var category in evaluation.ByCategory)
        {
            json.WritePropertyName(category.Category);
            WriteScore(json, category.Score);
        }
        json.WriteEndObject();

        json.WriteStartArray("filesWithMissedCases");
        foreach (var file in evaluation.FilesWithMissedCases) json.WriteStringValue(file);
        json.WriteEndArray();
        json.WriteStartArray("cleanDocuments");
        foreach (var document in evaluation.CleanDocuments) json.WriteStringValue(document);
        json.WriteEndArray();
        json.WriteStartArray("documentsWithoutGold");
        foreach (var document in evaluation.DocumentsWithoutGold) json.WriteStringValue(document);
        json.WriteEndArray();

        json.WriteStartArray("cases");
        foreach (var result in evaluation.Cases)
        {
            json.WriteStartObject();
            json.WriteString("file", result.File);
            WriteAnnotationFields(json, result.Case);
            json.WriteNumber("recall", Math.Round(result.Recall, 4));
            json.WriteNumber("detections", result.Detections);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("falseDetections");
        foreach (var detection in evaluation.FalseDetections)
        {
            json.WriteStartObject();
            WriteAnnotationFields(json, detection);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter json, PanScore score)
    {
        json.WriteStartObject();
        json.WriteNumber("plagdet", Math.Round(score.Plagdet, 4));
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("granularity", Math.Round(score.Granularity, 4));
        json.WriteNumber("cases", score.Cases);
        json.WriteNumber("detectedCases", score.DetectedCases);
        json.WriteNumber("detections", score.Detections);
        json.WriteNumber("trueDetections", score.TrueDetections);
        json.WriteEndObject();
    }

    private static void WriteAnnotationFields(Utf8JsonWriter json, PanAnnotation a)
    {
        json.WriteString("suspicious", a.Suspicious);
        json.WriteNumber("thisOffset", a.SuspiciousSpan.Start);
        json.WriteNumber("thisLength", a.SuspiciousSpan.Length);
        if (a.Source is { } source)
        {
            json.WriteString("source", source);
            json.WriteNumber("sourceOffset", a.SourceSpan.Start);
            json.WriteNumber("sourceLength", a.SourceSpan.Length);
        }
        if (a.Obfuscation is { } obfuscation) json.WriteString("obfuscation", obfuscation);
        if (a.Type is { } type) json.WriteString("type", type);
    }
}
