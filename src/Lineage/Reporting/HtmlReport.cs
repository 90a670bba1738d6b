using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Lineage.Analysis;
using Lineage.Reporting.Model;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>
/// The scan and its analysis as one self-contained HTML page: stories with their provenance
/// graphs, documents with their reused passages, side-by-side pairs, quotes, facts and names.
/// Nothing is fetched: the styles and the script are inline, the data is JSON inside
/// <c>&lt;script type="application/json"&gt;</c> blocks (see <see cref="HtmlReportData"/>), and
/// the script builds every view on demand with DOM text nodes, never markup from the data.
/// </summary>
public static class HtmlReport
{
    /// <summary>The id of the block holding everything but the texts and passages.</summary>
    public const string DataId = "lineage-data";

    /// <summary>The id of the block holding the quotes, parsed when they are first shown.</summary>
    public const string QuotesId = "lineage-quotes";

    /// <summary>The id of the block holding the names, parsed when they are first shown.</summary>
    public const string NamesId = "lineage-names";

    /// <summary>The id of the block holding every pair's passages, parsed when a pair or document is first shown.</summary>
    public const string PassagesId = "lineage-passages";

    /// <summary>The id of the block holding document <paramref name="index"/>'s text and boilerplate, parsed when it is shown.</summary>
    public static string DocumentId(int index) => "doc-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] ScriptParts = ["dom.js", "data.js", "graph.js", "lists.js", "document.js", "pair.js", "tables.js", "app.js"];

    public static void Write(ScanResult scan, CorpusAnalysis analysis, Stream output) => Write(new ReportBuilder(scan, analysis), output);

    public static void Write(ReportBuilder report, Stream output)
    {
        var scan = report.Scan;
        var script = Script();
        // Only this script may run: a hash-source CSP also refuses inline event handlers, so even
        // markup that slipped into the page could not execute (defence in depth behind escaping).
        var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        var policy = $"default-src 'none'; script-src 'sha256-{scriptHash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

        var data = new HtmlReportData(report);
        Text(output, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Text(output, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n");
        Text(output, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Lineage\">\n");
        Text(output, "<title>Lineage report</title>\n<style>\n");
        Text(output, Resource("report.css"));
        Text(output, "</style>\n</head>\n<body>\n");
        Text(output, "<header id=\"top\"><a class=\"brand\" href=\"#stories\">Lineage</a><nav id=\"nav\"></nav><p id=\"summary\"></p></header>\n");
        Text(output, "<main id=\"view\"><noscript>This report needs JavaScript to show its data.</noscript></main>\n");

        Text(output, $"<script type=\"application/json\" id=\"{DataId}\">");
        data.WriteIndex(output);
        Text(output, $"</script>\n<script type=\"application/json\" id=\"{QuotesId}\" data-count=\"{report.QuoteCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}\">");
        data.WriteQuotes(output);
        Text(output, $"</script>\n<script type=\"application/json\" id=\"{NamesId}\" data-count=\"{report.NameCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}\">");
        data.WriteNames(output);
        Text(output, $"</script>\n<script type=\"application/json\" id=\"{PassagesId}\">");
        data.WritePassages(output);
        Text(output, "</script>\n");
        // The texts are most of a large report: made on the analysis's threads, written in order.
        OrderedBlocks.Write(output, scan.Articles.Count, JsonReport.Threads(report), (i, buffer) =>
        {
            Text(buffer, $"<script type=\"application/json\" id=\"{DocumentId(i)}\">");
            data.WriteDocumentText(buffer, i);
            Text(buffer, "</script>\n");
        });

        Text(output, "<script>");
        Text(output, script);
        Text(output, "</script>\n</body>\n</html>\n");
    }

    /// <summary>The page's script: the parts in order, in one function scope.</summary>
    internal static string Script()
    {
        var builder = new StringBuilder("(function () {\n'use strict';\n");
        foreach (var part in ScriptParts) builder.Append(Resource(part)).Append('\n');
        builder.Append("})();\n");
        var script = builder.ToString();
        // Either sequence would change how the HTML parser reads the script element.
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase) || script.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException("the report script must not contain '</script' or '<!--'");
        return script;
    }

    internal static string Resource(string name)
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("Lineage.Reporting.Html." + name)
            ?? throw new InvalidOperationException($"embedded resource Lineage.Reporting.Html.{name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Text(Stream output, string text) => output.Write(Encoding.UTF8.GetBytes(text));

    private static void Text(IBufferWriter<byte> output, string text) => Encoding.UTF8.GetBytes(text, output);
}
