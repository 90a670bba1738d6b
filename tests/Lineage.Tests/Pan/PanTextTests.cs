using System.Text;
using Lineage.Pan;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Pan;

public class PanTextTests
{
    [Fact]
    public void Counts_a_byte_order_mark_as_one_char_like_PAN_readers_do()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suspicious-document00001.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Alpha beta gamma")]);
        var text = PanText.Read(path, new List<ReadProblem>())!;
        Assert.Equal("Alpha beta gamma", text.Document.Text);
        Assert.Equal(1, text.Shift);
        // "beta" is at 6 in our decoded text and at 7 in the file as PAN reads it (U+FEFF first).
        Assert.Equal(new TextSpan(7, 4), text.ToPan(new TextSpan(6, 4)));
        Assert.Equal("suspicious-document00001.txt", text.Name);
    }

    [Fact]
    public void Leaves_offsets_alone_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "Alpha beta gamma");
        var text = PanText.Read(path, new List<ReadProblem>())!;
        Assert.Equal(0, text.Shift);
        Assert.Equal(new TextSpan(6, 4), text.ToPan(new TextSpan(6, 4)));
    }

    [Fact]
    public void A_missing_file_is_a_problem_naming_it()
    {
        using var folder = new TempFolder();
        var problems = new List<ReadProblem>();
        var path = Path.Combine(folder.Path, "nowhere.txt");
        Assert.Null(PanText.Read(path, problems));
        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.True(problem.Skipped);
    }
}
