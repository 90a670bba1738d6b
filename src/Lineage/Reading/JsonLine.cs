using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Lineage.Reading;

/// <summary>
/// One line of a JSONL file made a document, or a problem said in plain words. What a lenient
/// reader can mend is mended with a warning: invalid UTF-8 bytes and lone surrogate escapes
/// (<c>"\ud800"</c>, which no UTF-16 string can hold paired) become U+FFFD, and an id already
/// taken by an earlier line gets <c>#2</c>, <c>#3</c>, … so that every document has its own.
/// </summary>
internal static class JsonLine
{
    private const int MaxDepth = 64;

    /// <param name="ids">The ids given so far in this file, with the line that took each.</param>
    public static Document? Parse(InputFile file, int lineNumber, ReadOnlyMemory<byte> bytes, JsonLinesFields fields,
        Dictionary<string, int> ids, ICollection<ReadProblem> problems)
    {
        var where = $"{file.Path}:{lineNumber}";
        if (!Utf8.IsValid(bytes.Span))
        {
            problems.Add(new ReadProblem(where, "not valid UTF-8; bad bytes read as U+FFFD", Skipped: false));
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes.Span));
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            problems.Add(new ReadProblem(where, Malformed(bytes.Span, e), Skipped: true));
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ReadProblem(where, $"not a JSON object (a JSON {root.ValueKind.ToString().ToLowerInvariant()})", Skipped: true));
                return null;
            }
            if (!TryGetProperty(root, fields.Text, out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problems.Add(new ReadProblem(where, $"no string field '{fields.Text}' (the article text; choose another with --jsonl-field text=NAME)", Skipped: true));
                return null;
            }
            var mended = false;
            var text = LenientString(textElement, ref mended);
            var id = StringField(root, fields.Id, ref mended) ?? $"{file.Id}:{lineNumber}";
            var url = StringField(root, fields.Url, ref mended);
            var site = StringField(root, fields.Site, ref mended);
            var date = StringField(root, fields.Date, ref mended);
            var title = StringField(root, fields.Title, ref mended);
            if (mended) problems.Add(new ReadProblem(where, "a string holds a lone surrogate escape (such as \\ud800); read as U+FFFD", Skipped: false));

            var document = DocumentReader.Create(where, id, text, DocumentFormat.JsonLine, line: lineNumber);
            if (document is null)
            {
                problems.Add(new ReadProblem(where, "no words in its text", Skipped: true));
                return null;
            }
            id = Unique(id, lineNumber, ids, where, problems);
            return new Document
            {
                Id = id,
                Path = file.Path,
                Text = document.Text,
                View = document.View,
                Format = DocumentFormat.JsonLine,
                Line = lineNumber,
                Url = url,
                Site = site,
                Date = date,
                Title = title,
            };
        }
    }

    private static string Unique(string id, int lineNumber, Dictionary<string, int> ids, string where, ICollection<ReadProblem> problems)
    {
        if (ids.TryAdd(id, lineNumber)) return id;
        var first = ids[id];
        var unique = id;
        for (var n = 2; !ids.TryAdd(unique = $"{id}#{n}", lineNumber); n++)
        {
        }
        problems.Add(new ReadProblem(where, $"id '{id}' is already used by line {first}; this line's document is '{unique}'", Skipped: false));
        return unique;
    }

    /// <summary>What is wrong with a line that is not JSON, where, in words (the parser's own terms left out).</summary>
    private static string Malformed(ReadOnlySpan<byte> line, JsonException e)
    {
        if (e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
            return $"malformed JSON: nested deeper than {MaxDepth} levels";
        var at = (int)Math.Clamp(e.BytePositionInLine ?? line.Length, 0, line.Length);
        if (line[at..].Trim(" \t\r\n"u8).IsEmpty) return "malformed JSON: the line ends before its JSON value is complete";
        var column = Encoding.UTF8.GetCharCount(line[..at]) + 1;
        var rune = Rune.DecodeFromUtf8(line[at..], out var found, out _) == System.Buffers.OperationStatus.Done ? found : Rune.ReplacementChar;
        var shown = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}" : $"'{rune}'";
        return $"malformed JSON at column {column.ToString(CultureInfo.InvariantCulture)}: unexpected {shown}";
    }

    private static string? StringField(JsonElement root, string name, ref bool mended)
    {
        if (!TryGetProperty(root, name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => LenientString(value, ref mended),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>
    /// A property by name, even in an object where another property's name holds a lone surrogate
    /// escape (which makes System.Text.Json's lookup throw): such names are passed over.
    /// </summary>
    private static bool TryGetProperty(JsonElement root, string name, out JsonElement value)
    {
        try
        {
            return root.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            foreach (var property in root.EnumerateObject())
            {
                try
                {
                    if (!property.NameEquals(name)) continue;
                }
                catch (InvalidOperationException)
                {
                    continue;
                }
                value = property.Value;
                return true;
            }
            value = default;
            return false;
        }
    }

    private static string LenientString(JsonElement value, ref bool mended)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses a lone surrogate escape: unescape the raw token by hand.
            mended = true;
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>A JSON string token (quotes included, already checked by the parser) unescaped, lone surrogates as U+FFFD (RFC 8259 §7).</summary>
    internal static string Unescape(string token)
    {
        var text = new StringBuilder(token.Length);
        var end = token.Length - 1;
        for (var i = 1; i < end; i++)
        {
            var c = token[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            var escape = token[++i];
            switch (escape)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    var unit = (char)int.Parse(token.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    i += 4;
                    if (char.IsHighSurrogate(unit) && i + 6 < end && token[i + 1] == '\\' && token[i + 2] == 'u'
                        && int.Parse(token.AsSpan(i + 3, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var low && char.IsLowSurrogate((char)low))
                    {
                        text.Append(unit).Append((char)low);
                        i += 6;
                    }
                    else
                    {
                        text.Append(char.IsSurrogate(unit) ? '\uFFFD' : unit);
                    }
                    break;
                default: text.Append(escape); break;
            }
        }
        return text.ToString();
    }
}
