using System.Xml;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

/// <summary><c>scan --graphml</c> and <c>--gexf</c>: the network written where asked, to a file or to stdout.</summary>
public class ScanFormatsTests
{
    [Fact]
    public void Writes_graphml_and_gexf_files_with_a_node_per_document()
    {
        using var folder = new TempFolder();
        var graphml = Path.Combine(folder.Path, "net.graphml");
        var gexf = Path.Combine(folder.Path, "net.gexf");

        var run = CliRun.Of("scan", SampleCorpus.Folder, "-q", "--graphml", graphml, "--gexf", gexf);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        foreach (var path in new[] { graphml, gexf })
        {
            var xml = new XmlDocument();
            xml.Load(path);
            var names = new XmlNamespaceManager(xml.NameTable);
            names.AddNamespace("g", xml.DocumentElement!.NamespaceURI);
            Assert.Equal(5, xml.SelectNodes("//g:node[starts-with(@id, 'd')]", names)!.Count);
        }
    }

    [Fact]
    public void Writes_graphml_to_stdout_in_place_of_the_summary()
    {
        var run = CliRun.Of("scan", SampleCorpus.Folder, "--graphml", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("<?xml", run.Output);
        Assert.EndsWith("</graphml>\n", run.Output);
    }
}
