using System.Text.Json;
using System.Xml;
using Lineage.Analysis;
using Lineage.Pipeline;
using Lineage.Reporting;
using Lineage.Scanning;

namespace Lineage.Tests.Reporting;

public class XmlOutputTests
{
    public class Clean
    {
        [Fact]
        public void Replaces_control_characters_lone_surrogates_and_nonchars_and_keeps_the_rest()
        {
            Assert.Equal("a\uFFFDb\tc\n\uFFFD\uFFFD d", XmlOutput.Clean("a\u0001b\tc\n\uD800\uFFFE d"));
            Assert.Equal("x\uD83D\uDE00y <&\"'>", XmlOutput.Clean("x\uD83D\uDE00y <&\"'>"));
        }

        [Fact]
        public void Returns_clean_text_itself()
        {
            var text = "plain text";
            Assert.Same(text, XmlOutput.Clean(text));
        }
    }

    /// <summary>Ids, titles and sites full of markup and control characters cannot break or inject into either graph format.</summary>
    public class Injection
    {
        private const string Title = "</data></node><node id=\"evil\"/> Tom & \"Jerry\" 'say' \u0001\u001f\uFFFE";
        private const string Site = "<site> & \"co\" \u0007";

        [Theory]
        [InlineData("graphml")]
        [InlineData("gexf")]
        public void Hostile_metadata_is_escaped_and_read_back_as_text(string format)
        {
            using var folder = new TempFolder();
            var body = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i % 37} shared{i}"));
            var lines = new[] { "<a&\"1'>", "]]><b>" }.Select((id, i) => JsonSerializer.Serialize(new { id, title = Title + i, site = Site, text = body + " tail" + i }));
            var input = folder.Write("hostile.jsonl", string.Join('\n', lines) + "\n");
            var scan = Scanner.Scan([input], new ScanOptions());
            Assert.NotEmpty(scan.Pairs);
            Assert.Contains('\u0001', scan.Articles[0].Metadata.Title!);
            var network = ReuseNetwork.Of(scan, CorpusAnalyzer.Analyze(scan));

            using var stream = new MemoryStream();
            if (format == "graphml") GraphmlReport.Write(network, stream);
            else GexfReport.Write(network, stream);
            stream.Position = 0;
            var xml = new XmlDocument();
            xml.Load(stream);

            var names = new XmlNamespaceManager(xml.NameTable);
            names.AddNamespace("g", xml.DocumentElement!.NamespaceURI);
            Assert.Equal(network.Nodes.Count, xml.SelectNodes("//g:node", names)!.Count);
            Assert.Null(xml.SelectSingleNode("//g:node[@id='evil']", names));
            var labels = format == "graphml"
                ? xml.SelectNodes("//g:node/g:data[@key='label']", names)!.Cast<XmlNode>().Select(n => n.InnerText)
                : xml.SelectNodes("//g:node/@label", names)!.Cast<XmlNode>().Select(n => n.Value!);
            for (var i = 0; i < scan.Articles.Count; i++)
                Assert.Contains(XmlOutput.Clean(scan.Articles[i].Metadata.Title!), labels);
            Assert.Contains(XmlOutput.Clean(Site), labels);
            Assert.Contains(labels, l => l.StartsWith("</data></node>", StringComparison.Ordinal));
        }
    }
}
