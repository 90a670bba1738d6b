using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lineage.Reporting.Model;

namespace Lineage.Reporting;

/// <summary>
/// The data of the HTML report: the scan JSON's report model, as JSON made to sit inside a
/// <c>&lt;script&gt;</c> element: every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote inside a
/// string is written as a <c>\u</c> escape, so no text of a document can close the element or open
/// a comment, while letters of every script stay as they are. Blocks of their own, so a large
/// corpus opens quickly and the page parses a text, the passages, the quotes or the names only when a view needs them:
/// <list type="bullet">
/// <item>the index (<see cref="WriteIndex"/>): the scan JSON's object, each pair with its
/// <c>passageCount</c> in place of its passages, without clusters, quotes and names;</item>
/// <item>the quotes (<see cref="WriteQuotes"/>) and the names (<see cref="WriteNames"/>), each
/// the scan JSON's array, its length written on the element;</item>
/// <item>the passages (<see cref="WritePassages"/>): per pair, in order, the scan JSON's passages;</item>
/// <item>one block per document (<see cref="WriteDocumentText"/>): <c>{ text }</c>, the original text.</item>
/// </list>
/// The page's script refers to documents by their position, found once from their ids.
/// </summary>
public sealed class HtmlReportData(ReportBuilder report)
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
        using var json = StreamBufferWriter.Json(output, Options);
        JsonReport.WriteReport(json.Writer, report, htmlIndex: true);
    }

    public void WriteQuotes(Stream output)
    {
        using var json = StreamBufferWriter.Json(output, Options);
        JsonReport.WriteQuotes(json.Writer, report, JsonReport.Threads(report));
    }

    public void WriteNames(Stream output)
    {
        using var json = StreamBufferWriter.Json(output, Options);
        JsonArrayChunks.Write(json.Writer, report.NameCount, report.Name, ReportJsonContext.Default.ReportName, JsonReport.Threads(report));
    }

    /// <summary>Every pair's passages, an array a pair, the pairs' arrays made on the analysis's threads and written in order.</summary>
    public void WritePassages(Stream output)
    {
        var pairs = report.Scan.Pairs;
        output.WriteByte((byte)'[');
        OrderedBlocks.Write(output, pairs.Count, JsonReport.Threads(report), (i, buffer) =>
        {
            if (i > 0) buffer.Write(","u8);
            using var json = new Utf8JsonWriter(buffer, Options);
            JsonReport.WriteArray(json, ReportBuilder.Passages(pairs[i]), ReportJsonContext.Default.ReportPassage);
        });
        output.WriteByte((byte)']');
    }

    public void WriteDocumentText(IBufferWriter<byte> output, int index)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("text", report.Scan.Articles[index].Document.Text);
        json.WriteEndObject();
    }
}
