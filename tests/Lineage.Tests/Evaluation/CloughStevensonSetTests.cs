using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class CloughStevensonSetTests
{
    [Fact]
    public void Reads_each_answer_with_its_task_source_and_category()
    {
        using var folder = new TempFolder();
        folder.Write("file_list.csv", "File,Group,Person,Task,Category\ng0pA_taska.txt,0,A,a,non\ng0pA_taskb.txt,0,A,b,heavy\n");
        var cases = CloughStevensonSet.Load(folder.Path);
        Assert.Equal(2, cases.Count);
        Assert.Equal(Path.Combine(folder.Path, "orig_taskb.txt"), cases[1].SourcePath);
        Assert.Equal(Path.Combine(folder.Path, "g0pA_taskb.txt"), cases[1].AnswerPath);
        Assert.False(cases[0].Derived);
        Assert.True(cases[1].Derived);
    }

    [Fact]
    public void Names_the_file_and_the_problem_when_the_labels_are_missing_or_malformed()
    {
        using var folder = new TempFolder();
        var missing = Assert.Throws<ReuseSetException>(() => CloughStevensonSet.Load(folder.Path));
        Assert.Contains("file_list.csv", missing.Message);
        folder.Write("file_list.csv", "File,Task,Category\na.txt,a,copied\n");
        var unknown = Assert.Throws<ReuseSetException>(() => CloughStevensonSet.Load(folder.Path));
        Assert.Contains("file_list.csv:2", unknown.Message);
        Assert.Contains("copied", unknown.Message);
        folder.Write("file_list.csv", "Name,Task,Category\na.txt,a,cut\n");
        Assert.Contains("File, Task and Category", Assert.Throws<ReuseSetException>(() => CloughStevensonSet.Load(folder.Path)).Message);
    }
}
