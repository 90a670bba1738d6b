using System.Text.Json;
using Lineage.Cli;
using Lineage.Tests.Evaluation;
using Lineage.Tests.Extraction;

namespace Lineage.Tests.Cli;

public class EvalExtractionCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Run(args);

    [Fact]
    public void Scores_a_set_and_writes_json()
    {
        using var folder = new TempFolder();
        ExtractionSetsTests.WriteGzip(Path.Combine(folder.Path, "input", "site_1.html.gz"), HtmlPages.NewsPage);
        ExtractionSetsTests.WriteText(Path.Combine(folder.Path, "gold", "site_1.txt"), $"URL: x\n<p>{HtmlPages.Paragraph1}\n<p>{HtmlPages.Paragraph2}\n<p>{HtmlPages.Paragraph3}");
        var json = Path.Combine(folder.Path, "e.json");
        Assert.Equal(0, Run("eval", "extraction", "--set", "cleanportaleval", "--dir", folder.Path, "--json", json));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal("cleanportaleval", root.GetProperty("set").GetString());
        Assert.Equal(1, root.GetProperty("pages").GetInt32());
        Assert.Equal(1, root.GetProperty("recall").GetDouble());
        Assert.Equal("site_1", Assert.Single(root.GetProperty("perPage").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void Exits_two_for_an_unknown_set_or_a_missing_folder()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, Run("eval", "extraction", "--set", "nope", "--dir", folder.Path));
        Assert.Equal(2, Run("eval", "extraction", "--set", "l3s-gn1", "--dir", Path.Combine(folder.Path, "missing")));
    }
}
