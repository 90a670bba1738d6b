using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsCheck;
using Lineage.Analysis;
using Lineage.Clustering;
using Lineage.Reading;
using Lineage.Reporting;
using Lineage.Reporting.Model;
using Lineage.Text;

namespace Lineage.Tests.Reporting;

/// <summary>A quote written straight from its cluster (<see cref="QuoteJson"/>) against its report model serialised, as the report once wrote it.</summary>
public class QuoteJsonTests
{
    private static readonly JsonWriterOptions[] Options =
    [
        new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Indented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) },
    ];

    /// <summary>Texts the writers escape differently, and a speaker or none.</summary>
    private static readonly Gen<string> Texts = Gen.Int[0, 3].Select(i => new[] { "w", "<b> & “é” \"q\" 'a'", "line\nbreak\t</script>", "" }[i]);

    private static readonly Gen<QuoteCluster> Quotes =
        Gen.Int[0, 4].SelectMany(documents =>
            Gen.Select(Texts, Gen.Select(Gen.Int[0, documents], Texts, Gen.Bool).Array[0, 40], Texts.Array[0, 3]).Select((text, occurrences, differing) =>
                new QuoteVariant(text, [.. occurrences.Select((o, i) => new QuoteOccurrence(o.Item1, new TextSpan(i * 3, 2), "w", o.Item3 ? o.Item2 : null))], differing)).Array[1, 4])
        .Select(variants => new QuoteCluster(7, variants));

    /// <summary>The model as the report built it before it wrote quotes from their clusters: lists copied, each variant's documents once in the order first met.</summary>
    private static ReportQuote Model(QuoteCluster quote, IReadOnlyList<Document> documents)
    {
        var occurrences = new List<ReportQuoteOccurrence>();
        var variants = new ReportQuoteVariant[quote.Variants.Count];
        for (var v = 0; v < variants.Length; v++)
        {
            var variant = quote.Variants[v];
            foreach (var o in variant.Occurrences) occurrences.Add(new ReportQuoteOccurrence(documents[o.Document].Id, o.Span.Start, o.Span.Length, o.Speaker, v));
            variants[v] = new ReportQuoteVariant(variant.Text, variant.DifferingWords, [.. variant.Occurrences.Select(o => documents[o.Document].Id).Distinct()]);
        }
        return new ReportQuote(quote.Id, quote.Variants[0].Text, occurrences, variants);
    }

    private static byte[] Written(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            write(json);
            json.WriteEndArray();
        }
        return stream.ToArray();
    }

    private static void AssertSame(QuoteCluster quote, ReportQuote model, IReadOnlyList<Document> documents)
    {
        foreach (var options in Options)
            Assert.Equal(
                Written(options, json => JsonSerializer.Serialize(json, model, ReportJsonContext.Default.ReportQuote)),
                Written(options, json => QuoteJson.Write(json, quote, documents)));
    }

    [Fact]
    public void Writes_what_the_quotes_model_serialised_writes_on_generated_quotes()
    {
        var documents = SampleCorpus.Scan.Documents;
        Quotes.Sample(quote =>
        {
            AssertSame(quote, Model(quote, documents), documents);
            // And the report's own model of it, views and all, says the same.
            var analysis = new CorpusAnalysis(DuplicateGroups.Of(SampleCorpus.Scan), [], [], [quote], [], [], []);
            AssertSame(quote, new ReportBuilder(SampleCorpus.Scan, analysis).Quote(0), documents);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Writes_what_the_quotes_model_serialised_writes_on_the_samples()
    {
        var analysis = CorpusAnalyzer.Analyze(SampleCorpus.Scan);
        Assert.NotEmpty(analysis.Quotes);
        var report = new ReportBuilder(SampleCorpus.Scan, analysis);
        for (var i = 0; i < report.QuoteCount; i++) AssertSame(analysis.Quotes[i], report.Quote(i), SampleCorpus.Scan.Documents);
    }
}
