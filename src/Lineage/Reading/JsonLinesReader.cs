using System.Text;
using System.Text.Json;

namespace Lineage.Reading;

/// <summary>
/// One article per line of a JSONL file. The text field is required; id, url, site, date and
/// title are used when present. Offsets index the text field's value. A bad line is reported
/// as <c>file:line</c> and skipped; the other lines are read.
/// </summary>
public static class JsonLinesReader
{
    public static void Read(InputFile file, ReadOptions options, ICollection<Document> documents, ICollection<ReadProblem> problems)
    {
        var fields = options.Fields;
        try
        {
            using var stream = File.OpenRead(file.Path);
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
            var lineNumber = 0;
            var sawLine = false;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                sawLine = true;
                var where = $"{file.Path}:{lineNumber}";
                if (line.Length * 2L > options.MaxDocumentBytes)
                {
                    problems.Add(new ReadProblem(where, $"line of {DocumentReader.Megabytes(line.Length * 2L)} is more than the {DocumentReader.Megabytes(options.MaxDocumentBytes)} limit for one document", Skipped: true));
                    continue;
                }
                if (ParseLine(file, line, lineNumber, fields, out var problem) is { } document) documents.Add(document);
                else problems.Add(new ReadProblem(where, problem!, Skipped: true));
            }
            if (!sawLine) problems.Add(new ReadProblem(file.Path, "empty file", Skipped: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(file.Path, $"cannot be read: {e.Message}", Skipped: true));
        }
    }

    private static Document? ParseLine(InputFile file, string line, int lineNumber, JsonLinesFields fields, out string? problem)
    {
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }
            var root = json.RootElement;
            if (!root.TryGetProperty(fields.Text, out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = $"no string field '{fields.Text}' (the article text; choose another with --jsonl-field text=NAME)";
                return null;
            }
            var id = StringField(root, fields.Id) ?? $"{file.Id}:{lineNumber}";
            var document = DocumentReader.Create($"{file.Path}:{lineNumber}", id, textElement.GetString()!, DocumentFormat.JsonLine, line: lineNumber);
            if (document is null)
            {
                problem = "no words in its text";
                return null;
            }
            return new Document
            {
                Id = document.Id,
                Path = file.Path,
                Text = document.Text,
                View = document.View,
                Format = DocumentFormat.JsonLine,
                Line = lineNumber,
                Url = StringField(root, fields.Url),
                Site = StringField(root, fields.Site),
                Date = StringField(root, fields.Date),
                Title = StringField(root, fields.Title),
            };
        }
        catch (JsonException e)
        {
            problem = $"malformed JSON: {e.Message}";
            return null;
        }
    }

    private static string? StringField(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
