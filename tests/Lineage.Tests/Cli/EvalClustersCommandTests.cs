using System.Text.Json;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

public class EvalClustersCommandTests
{
    private static int Run(params string[] args) => LineageCommand.Create().Parse(args).Invoke();

    [Fact]
    public void Scores_both_clusterings_of_a_documents_csv_as_json()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.csv", "id,story,duplicateGroup\na,1,1\nb,1,2\nc,2,3\n");
        var result = folder.Write("documents.csv", "id,path,site,published,words,story,duplicateGroup\na,\"/x/a.txt\",s,,10,1,1\nb,\"/x/b, 2.txt\",s,,10,1,2\nc,/x/c.txt,s,,10,1,3\nz,/x/z.txt,s,,10,1,3\n");
        var json = Path.Combine(folder.Path, "scores.json");
        Assert.Equal(0, Run("eval", "clusters", "--gold", gold, "--result", result, "--json", json));

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("ignoredResultDocuments").GetInt32());
        var fields = root.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["story", "duplicateGroup"], fields.Select(f => f.GetProperty("field").GetString()));
        Assert.Equal(1, fields[1].GetProperty("adjustedRandIndex").GetDouble());
        Assert.True(fields[0].GetProperty("adjustedRandIndex").GetDouble() < 1);
        Assert.Equal(3, fields[0].GetProperty("largestResultCluster").GetInt32());
    }

    [Fact]
    public void Exits_two_for_a_missing_column_a_malformed_file_or_a_missing_file()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.csv", "id,story\na,1\n");
        Assert.Equal(2, Run("eval", "clusters", "--gold", gold, "--result", folder.Write("pairs.csv", "a,b,passages\nx,y,1\n")));
        Assert.Equal(2, Run("eval", "clusters", "--gold", gold, "--result", folder.Write("bad.csv", "id,story\na,\"1\n")));
        Assert.Equal(2, Run("eval", "clusters", "--gold", gold, "--result", folder.Write("other.csv", "id,site\na,1\n")));
        Assert.Equal(2, Run("eval", "clusters", "--gold", gold, "--result", gold, "--field", "duplicateGroup"));
        Assert.Equal(2, Run("eval", "clusters", "--gold", gold, "--result", Path.Combine(folder.Path, "missing.csv")));
    }
}
