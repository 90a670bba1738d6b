using System.Text.Json;
using Lineage.Reporting;
using Lineage.Reporting.Model;

namespace Lineage.Tests.Reporting;

public class JsonArrayChunksTests
{
    /// <summary>Names with a varying number of spellings and occurrences, and text the HTML writer escapes.</summary>
    private static List<ReportName> Names(int count) => [.. Enumerable.Range(0, count).Select(i => new ReportName(
        $"Name <{i}> “é”",
        [.. Enumerable.Range(0, 1 + i % 3).Select(v => new ReportNameVariant($"Spelling {v} & co", [.. Enumerable.Range(0, i % 4).Select(o => new ReportOccurrence($"d{o}", i * 10 + o, 5))]))]))];

    private static readonly JsonWriterOptions[] Options =
    [
        new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) },
    ];

    private static byte[] Written(JsonWriterOptions options, int depth, List<ReportName> names, int threads)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("before", "x");
            for (var d = 1; d < depth; d++)
            {
                if (d == 1) json.WritePropertyName("nest");
                json.WriteStartArray();
            }
            if (depth == 1) json.WritePropertyName("names");
            JsonArrayChunks.Write(json, names, ReportJsonContext.Default.ReportName, threads);
            for (var d = 1; d < depth; d++) json.WriteEndArray();
            json.WriteString("after", "y");
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1500)]
    public void Batches_on_several_threads_write_the_bytes_one_writer_writes(int count)
    {
        var names = Names(count);
        foreach (var options in Options)
            for (var depth = 1; depth <= 3; depth++)
            {
                var one = Written(options, depth, names, threads: 1);
                Assert.Equal(one, Written(options, depth, names, threads: 2));
                Assert.Equal(one, Written(options, depth, names, threads: 4));
                // And it is JSON holding every name.
                using var parsed = JsonDocument.Parse(one);
                Assert.Equal("y", parsed.RootElement.GetProperty("after").GetString());
            }
    }
}
