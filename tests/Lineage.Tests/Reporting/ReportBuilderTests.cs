using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Lineage.Analysis;
using Lineage.Provenance;
using Lineage.Reporting;
using Lineage.Reporting.Model;

namespace Lineage.Tests.Reporting;

public partial class ReportBuilderTests
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() => CorpusAnalyzer.Analyze(SampleCorpus.Scan));

    public class The_readme
    {
        [Fact]
        public void Documents_every_object_of_the_model_field_by_field_in_order()
        {
            var tables = ReadmeTables();
            // The report's context makes serializers only; the fields it writes are read here from the
            // same types with the same naming, by reflection.
            var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
            var objects = typeof(ReportDocument).Assembly.GetTypes()
                .Where(t => t.Namespace == typeof(ReportDocument).Namespace && t.Name.StartsWith("Report", StringComparison.Ordinal) && ReportJsonContext.Default.GetTypeInfo(t) is not null)
                .Select(t => (Type: t, Info: (System.Text.Json.Serialization.Metadata.JsonTypeInfo?)options.GetTypeInfo(t)))
                .Where(o => o.Info is { Kind: System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object })
                .ToList();
            Assert.True(objects.Count >= 20, $"only {objects.Count} objects found in the model");

            foreach (var (type, info) in objects)
            {
                var name = char.ToLowerInvariant(type.Name["Report".Length]) + type.Name[("Report".Length + 1)..];
                Assert.True(tables.TryGetValue(name, out var documented), $"the README's JSON section has no table for `{name}`");
                Assert.Equal(info!.Properties.Select(p => p.Name), documented);
            }
            Assert.Equal(objects.Count, tables.Count);
        }

        /// <summary>Each <c>### `object`</c> heading of the JSON section, with the fields its table names in order.</summary>
        private static Dictionary<string, List<string>> ReadmeTables()
        {
            var readme = File.ReadAllText(Path.Combine(SampleCorpus.Folder, "..", "..", "README.md"));
            var start = readme.IndexOf("\n## JSON output", StringComparison.Ordinal);
            var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var tables = new Dictionary<string, List<string>>();
            List<string>? fields = null;
            foreach (var line in readme[start..end].Split('\n'))
            {
                if (Heading().Match(line) is { Success: true } heading) tables.Add(heading.Groups[1].Value, fields = []);
                else if (fields is not null && line.StartsWith("| `", StringComparison.Ordinal))
                    foreach (Match field in Field().Matches(line.Split('|')[1])) fields.Add(field.Groups[1].Value);
            }
            return tables;
        }
    }

    public class The_html_reports_data
    {
        [Fact]
        public void Gives_every_object_as_the_json_report_does()
        {
            var scan = SampleCorpus.Scan;
            using var json = Json(stream => JsonReport.Write(scan, Analysis.Value, stream));
            var page = new HtmlParser().ParseDocument(Html(stream => HtmlReport.Write(scan, Analysis.Value, stream)));
            using var index = JsonDocument.Parse(page.GetElementById(HtmlReport.DataId)!.TextContent);
            using var passages = JsonDocument.Parse(page.GetElementById(HtmlReport.PassagesId)!.TextContent);

            foreach (var section in new[] { "documents", "stories", "duplicateGroups", "facts", "provenance", "problems" })
                Assert.Equal(Normal(json.RootElement.GetProperty(section)), Normal(index.RootElement.GetProperty(section)));
            // Quotes and names sit in blocks of their own, each saying how many it holds.
            foreach (var (section, id) in new[] { ("quotes", HtmlReport.QuotesId), ("names", HtmlReport.NamesId) })
            {
                var block = page.GetElementById(id)!;
                using var items = JsonDocument.Parse(block.TextContent);
                Assert.Equal(Normal(json.RootElement.GetProperty(section)), Normal(items.RootElement));
                Assert.Equal(items.RootElement.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), block.GetAttribute("data-count"));
            }
            var pairs = json.RootElement.GetProperty("pairs");
            var summaries = index.RootElement.GetProperty("pairs");
            Assert.Equal(pairs.GetArrayLength(), summaries.GetArrayLength());
            for (var i = 0; i < pairs.GetArrayLength(); i++)
            {
                foreach (var field in new[] { "a", "b", "sharedWords", "coverage" })
                    Assert.Equal(Normal(pairs[i].GetProperty(field)), Normal(summaries[i].GetProperty(field)));
                Assert.Equal(pairs[i].GetProperty("passages").GetArrayLength(), summaries[i].GetProperty("passageCount").GetInt32());
                Assert.Equal(Normal(pairs[i].GetProperty("passages")), Normal(passages.RootElement[i]));
            }
        }
    }

    public class Fractions
    {
        [Fact]
        public void Are_rounded_to_four_decimals_in_provenance_as_in_coverage()
        {
            var edge = new ProvenanceEdge("a", "b", false, 0.123456, false, [new Evidence("date", "a is older", 1.0 / 3)]);

            var reported = ReportBuilder.Edge(edge);

            Assert.Equal(0.1235, reported.Confidence);
            Assert.Equal(0.3333, reported.Evidence[0].Weight);
        }

        [Fact]
        public void Of_the_samples_have_at_most_four_decimals_everywhere_in_the_json()
        {
            using var json = Json(stream => JsonReport.Write(SampleCorpus.Scan, Analysis.Value, stream));
            var numbers = 0;
            foreach (var value in Numbers(json.RootElement))
            {
                var text = value.GetRawText();
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                Assert.True(dot < 0 || text.Length - dot - 1 <= ReportPrecision.Decimals, $"{text} has more than {ReportPrecision.Decimals} decimals");
                numbers++;
            }
            Assert.True(numbers > 100);
        }

        private static IEnumerable<JsonElement> Numbers(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Number:
                    yield return element;
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                        foreach (var n in Numbers(property.Value)) yield return n;
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                        foreach (var n in Numbers(item)) yield return n;
                    break;
            }
        }
    }

    public class Quotes
    {
        [Fact]
        public void Name_the_variant_of_each_occurrence_among_the_documents_that_use_it()
        {
            var report = new ReportBuilder(SampleCorpus.Scan, Analysis.Value);
            var checkedOccurrences = 0;
            foreach (var quote in report.Quotes())
            {
                Assert.Equal(quote.Occurrences.Count, Analysis.Value.Quotes.Single(q => q.Id == quote.Id).Occurrences.Count());
                foreach (var occurrence in quote.Occurrences)
                {
                    var variant = quote.Variants[occurrence.Variant];
                    Assert.Contains(occurrence.Doc, variant.Documents);
                    checkedOccurrences++;
                }
            }
            Assert.True(checkedOccurrences >= 5);
        }
    }

    private static JsonDocument Json(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static string Html(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One escaping and layout for both, so only names and values are compared.</summary>
    private static string Normal(JsonElement element) => JsonSerializer.Serialize(element);

    [GeneratedRegex(@"^### `(\w+)`\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex Field();
}
