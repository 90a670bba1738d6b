namespace Lineage.Evaluation;

/// <summary>
/// The corpus of plagiarised short answers of Clough &amp; Stevenson 2011: 95 answers to five
/// questions, each labelled in <c>file_list.csv</c> (columns File, …, Task, Category) as a near
/// copy of the Wikipedia source (<c>cut</c>), a light or heavy revision of it, or written
/// independently (<c>non</c>); the source of task x is <c>orig_taskx.txt</c>. The answers are
/// under <c>corpus-20090418/</c> (or beside the label file).
/// </summary>
public static class CloughStevensonSet
{
    public const string Name = "clough-stevenson";
    public const string NonPlagiarised = "non";

    /// <summary>The gold categories, from most to least derived.</summary>
    public static readonly IReadOnlyList<string> Categories = ["cut", "light", "heavy", NonPlagiarised];

    public static IReadOnlyList<ReuseCase> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new ReuseSetException($"{folder}: no such folder");
        var labels = Path.Combine(folder, "file_list.csv");
        if (!File.Exists(labels)) throw new ReuseSetException($"{folder}: no file_list.csv (the labels of the {Name} set)");
        var texts = Directory.Exists(Path.Combine(folder, "corpus-20090418")) ? Path.Combine(folder, "corpus-20090418") : folder;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(labels);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReuseSetException($"{labels}: cannot be read: {e.Message}");
        }
        if (lines.Length == 0) throw new ReuseSetException($"{labels}: empty");
        var header = lines[0].Split(',');
        var fileColumn = Array.IndexOf(header, "File");
        var taskColumn = Array.IndexOf(header, "Task");
        var categoryColumn = Array.IndexOf(header, "Category");
        if (fileColumn < 0 || taskColumn < 0 || categoryColumn < 0)
            throw new ReuseSetException($"{labels}: the header must name the columns File, Task and Category (got: {lines[0]})");
        var cases = new List<ReuseCase>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0) continue;
            var cells = lines[n].Split(',');
            if (cells.Length <= Math.Max(fileColumn, Math.Max(taskColumn, categoryColumn)))
                throw new ReuseSetException($"{labels}:{n + 1}: {cells.Length} columns, the header has {header.Length}");
            var category = cells[categoryColumn].Trim();
            if (!Categories.Contains(category))
                throw new ReuseSetException($"{labels}:{n + 1}: unknown category '{category}' (expected {string.Join(", ", Categories)})");
            var task = cells[taskColumn].Trim();
            cases.Add(new ReuseCase(Path.Combine(texts, cells[fileColumn].Trim()), Path.Combine(texts, $"orig_task{task}.txt"), category));
        }
        if (cases.Count == 0) throw new ReuseSetException($"{labels}: no labelled answer");
        return cases;
    }
}
