using System.Diagnostics;
using System.Globalization;
using Lineage.Bench.Corpus;

namespace Lineage.Bench;

/// <summary><c>generate</c>: writes a corpus as .txt files, e.g. to run the CLI on it.</summary>
public static class GenerateCommand
{
    public const string GoldFile = "gold.csv";
    public const string PlantedFile = "planted.csv";

    public static int Run(string[] args)
    {
        var arguments = new Arguments(args, new HashSet<string>());
        var output = arguments.Value("out") ?? throw new ArgumentException("--out DIR is required.");
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
            throw new ArgumentException($"{output} is not empty; give a new or empty folder.");
        var options = CorpusArguments.Read(arguments, arguments.Int("docs", 10_000));
        var clock = Stopwatch.StartNew();
        var generator = new CorpusGenerator(options);
        var bytes = generator.WriteTo(output);
        // Beside the documents: a scan of the folder reads only document formats, so it never reads the gold.
        var gold = Path.Combine(output, GoldFile);
        generator.WriteGold(gold);
        generator.WritePlanted(Path.Combine(output, PlantedFile));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Documents} documents, {bytes / 1e6:0.0} MB, {generator.Plan.Sites.Count} sites, {generator.Plan.Planted.Count} planted reuses, in {clock.Elapsed.TotalSeconds:0.0} s → {output} (gold clustering: {gold}; planted pairs: {PlantedFile})"));
        return 0;
    }
}
