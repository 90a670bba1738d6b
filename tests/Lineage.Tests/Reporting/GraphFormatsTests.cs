using System.Text.Json;
using System.Xml;
using Lineage.Analysis;
using Lineage.Reporting;
using Lineage.Scanning;

namespace Lineage.Tests.Reporting;

/// <summary>GraphML and GEXF of the samples' network, read back by networkx and checked against the scan.</summary>
public class GraphFormatsTests
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() => CorpusAnalyzer.Analyze(SampleCorpus.Scan));

    [NetworkxFact]
    public void Networkx_reads_the_graphml_with_every_document_pair_and_provenance_edge() => CheckReadBack("graphml", GraphmlReport.Write);

    [NetworkxFact]
    public void Networkx_reads_the_gexf_with_every_document_pair_and_provenance_edge() => CheckReadBack("gexf", GexfReport.Write);

    [Fact]
    public void Both_formats_are_well_formed_xml_in_their_namespaces()
    {
        var network = ReuseNetwork.Of(SampleCorpus.Scan, Analysis.Value);
        Assert.Equal("http://graphml.graphdrawing.org/xmlns", Parse(GraphmlReport.Write, network).DocumentElement!.NamespaceURI);
        var gexf = Parse(GexfReport.Write, network).DocumentElement!;
        Assert.Equal("http://gexf.net/1.3", gexf.NamespaceURI);
        Assert.Equal("1.3", gexf.GetAttribute("version"));
    }

    private static void CheckReadBack(string format, Action<ReuseNetwork, Stream> write)
    {
        var scan = SampleCorpus.Scan;
        var analysis = Analysis.Value;
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "network." + format);
        using (var file = File.Create(path)) write(ReuseNetwork.Of(scan, analysis), file);

        using var graph = Networkx.Read(format, path);
        var root = graph.RootElement;
        Assert.True(root.GetProperty("directed").GetBoolean());
        var nodes = root.GetProperty("nodes").EnumerateObject().ToDictionary(n => n.Name, n => n.Value);
        var edges = root.GetProperty("edges").EnumerateArray().Select(e => (From: e[0].GetString()!, To: e[1].GetString()!, Values: e[2])).ToList();

        var storyOf = Lineage.Reporting.Model.ReportBuilder.StoriesOf(analysis, scan.Articles.Count);
        var sites = scan.Articles.Select(a => a.Metadata.Site).Where(s => !string.IsNullOrEmpty(s)).ToList();
        Assert.Equal(scan.Articles.Count, nodes.Values.Count(n => Kind(n) == "document"));
        Assert.Equal(sites.Distinct().Count(), nodes.Values.Count(n => Kind(n) == "site"));
        for (var i = 0; i < scan.Articles.Count; i++)
        {
            var node = nodes["d" + i];
            Assert.Equal(scan.Documents[i].Id, node.GetProperty("docId").GetString());
            Assert.Equal(scan.WordCounts[i], node.GetProperty("words").GetInt32());
            Assert.Equal(analysis.Duplicates.Of(i).Id, node.GetProperty("duplicateGroup").GetInt32());
            Assert.Equal(storyOf[i], node.TryGetProperty("story", out var story) ? story.GetInt32() : 0);
            Assert.Equal(scan.Articles[i].Metadata.Site, node.TryGetProperty("site", out var site) ? site.GetString() : null);
        }
        foreach (var site in nodes.Values.Where(n => Kind(n) == "site"))
            Assert.Equal(sites.Count(s => s == site.GetProperty("site").GetString()), site.GetProperty("documents").GetInt32());

        var reuse = edges.Where(e => Kind(e.Values) == "reuse").ToList();
        Assert.Equal(scan.Pairs.Count, reuse.Count);
        foreach (var pair in scan.Pairs)
        {
            var edge = Assert.Single(reuse, e => e.From == "d" + pair.A && e.To == "d" + pair.B);
            Assert.Equal(pair.Alignment.SharedWords, edge.Values.GetProperty("sharedWords").GetInt32());
            Assert.Equal(Math.Round(pair.Alignment.CoverageA, 4), edge.Values.GetProperty("coverageA").GetDouble());
            Assert.Equal(pair.Alignment.Passages.Count, edge.Values.GetProperty("passages").GetInt32());
        }
        Assert.Equal(sites.Count, edges.Count(e => Kind(e.Values) == "site"));

        var provenance = edges.Where(e => Kind(e.Values) == "provenance").ToList();
        Assert.Equal(analysis.Provenance.Count, provenance.Count);
        foreach (var p in analysis.Provenance.Where(p => !p.FromExternal))
            Assert.Contains(provenance, e => e.From == "d" + p.FromDocument && e.To == "d" + p.ToDocument
                && e.Values.GetProperty("undetermined").GetBoolean() == p.Undetermined
                && e.Values.GetProperty("confidence").GetDouble() == Math.Round(p.Confidence, 4));
        // A source the corpus only names is one node, every edge from it pointing at a document that names it.
        var named = analysis.Provenance.Where(p => p.FromExternal).ToList();
        var fromOutside = provenance.Where(e => e.Values.GetProperty("external").GetBoolean()).ToList();
        Assert.Equal(named.Count, fromOutside.Count);
        Assert.NotEmpty(named);
        foreach (var p in named)
        {
            var edge = Assert.Single(fromOutside, e => e.To == "d" + p.ToDocument && nodes[e.From].GetProperty("label").GetString() == p.From);
            Assert.Equal("external", Kind(nodes[edge.From]));
            Assert.Contains("attribution", edge.Values.GetProperty("evidence").GetString());
        }
        Assert.Contains(named, p => p.From == "South Front");
        Assert.Equal(named.Select(p => p.From).Distinct().Count(), nodes.Values.Count(n => Kind(n) == "external"));
    }

    private static string? Kind(JsonElement values) => values.GetProperty("kind").GetString();

    private static XmlDocument Parse(Action<ReuseNetwork, Stream> write, ReuseNetwork network)
    {
        using var stream = new MemoryStream();
        write(network, stream);
        stream.Position = 0;
        var xml = new XmlDocument();
        xml.Load(stream);
        return xml;
    }
}
