using System.Diagnostics;
using System.Text.Json;
using Lineage.Bench.Corpus;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// A generated corpus on disk: <c>ROOT/KEY/docs/SITE/NNNNNN.txt</c> plus a stamp file written
/// last, so an interrupted generation is redone and a finished one is reused by later runs.
/// The true clustering goes beside the documents, <c>ROOT/KEY/gold.csv</c>.
/// </summary>
public sealed record CorpusFolder(string Root, string Documents, CorpusStamp Stamp)
{
    public string Gold => Path.Combine(Root, GenerateCommand.GoldFile);

    /// <summary>Outside the repository, so no .gitignore is needed to keep corpora out of it.</summary>
    public static string DefaultRoot => Path.Combine(Path.GetTempPath(), "lineage-bench");

    private const string StampFile = "corpus.json";

    public static CorpusFolder Ensure(string root, CorpusOptions options, TextWriter log)
    {
        var folder = Path.Combine(Path.GetFullPath(root), options.Key);
        var documents = Path.Combine(folder, "docs");
        var stampPath = Path.Combine(folder, StampFile);
        if (File.Exists(stampPath))
        {
            var stamp = JsonSerializer.Deserialize<CorpusStamp>(File.ReadAllText(stampPath));
            if (stamp is not null && stamp.Documents == options.Documents) return new CorpusFolder(folder, documents, stamp);
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        log.Write($"generating {options.Documents:N0} documents into {documents} … ");
        var clock = Stopwatch.StartNew();
        var generator = new CorpusGenerator(options);
        var bytes = generator.WriteTo(documents);
        generator.WriteGold(Path.Combine(folder, GenerateCommand.GoldFile));
        var made = new CorpusStamp(options.Documents, bytes, generator.Plan.Sites.Count, generator.Plan.Planted.Count, clock.Elapsed.TotalSeconds);
        File.WriteAllText(stampPath, JsonSerializer.Serialize(made));
        log.WriteLine($"{bytes / 1e6:0.0} MB in {made.GenerationSeconds:0.0} s");
        return new CorpusFolder(folder, documents, made);
    }
}

/// <summary>What a finished generation wrote.</summary>
public sealed record CorpusStamp(int Documents, long Bytes, int Sites, int Planted, double GenerationSeconds);
