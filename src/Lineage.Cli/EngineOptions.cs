using System.CommandLine;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Cli;

/// <summary>The options shared by every command that reads and aligns documents.</summary>
internal sealed class EngineOptions
{
    public Option<int> NGram { get; } = new("--ngram", "-n") { Description = "Words per fingerprint n-gram", DefaultValueFactory = _ => 5 };
    public Option<int> Window { get; } = new("--window") { Description = "Winnowing window, in n-grams", DefaultValueFactory = _ => 4 };
    public Option<int> MinWords { get; } = new("--min-words") { Description = "Shortest passage reported, in aligned words", DefaultValueFactory = _ => 12 };
    public Option<int> MaxDf { get; } = new("--max-df") { Description = "Ignore fingerprints found in more documents than this (boilerplate, stock phrases)", DefaultValueFactory = _ => 100 };
    public Option<double> MaxDocMb { get; } = new("--max-doc-mb") { Description = "Skip documents larger than this many megabytes", DefaultValueFactory = _ => 16 };
    public Option<string[]> JsonlFields { get; } = new("--jsonl-field") { Description = "JSONL field names, as name=field (text=body, id=uuid, url=link, site, date, title)", AllowMultipleArgumentsPerToken = false };
    public Option<bool> WholeText { get; } = new("--whole-text") { Description = "Compare every word, boilerplate included (headers, footers, site templates)" };
    public Option<int> Threads { get; } = new("--threads") { Description = "Threads to use (0 = one per core)", DefaultValueFactory = _ => 0 };

    public void AddTo(Command command)
    {
        command.Options.Add(NGram);
        command.Options.Add(Window);
        command.Options.Add(MinWords);
        command.Options.Add(MaxDf);
        command.Options.Add(MaxDocMb);
        command.Options.Add(JsonlFields);
        command.Options.Add(WholeText);
        command.Options.Add(Threads);
    }

    /// <summary>The scan options the user asked for, or null after saying what is wrong with them.</summary>
    public ScanOptions? TryBuild(ParseResult parse)
    {
        try
        {
            return Build(parse);
        }
        catch (ArgumentException e)
        {
            Terminal.Fail(e.Message);
            return null;
        }
    }

    /// <summary>
    /// Scans the paths with a progress display unless <paramref name="silent"/>, and reports every
    /// input problem; null (after an error message) when nothing readable was found.
    /// </summary>
    public static ScanResult? Scan(IReadOnlyList<string> paths, ScanOptions options, bool silent)
    {
        var result = ScanProgressDisplay.Run(!silent, progress => Scanner.Scan(paths, options, progress));
        foreach (var problem in result.Problems) Terminal.Problem(problem);
        if (result.Documents.Count > 0) return result;
        Terminal.Fail($"no readable documents in the input (readable: {InputWalker.KnownExtensions}).");
        return null;
    }

    /// <summary>The scan options the user asked for; throws <see cref="ArgumentException"/> with a user-facing message if any is invalid.</summary>
    public ScanOptions Build(ParseResult parse)
    {
        var fields = new JsonLinesFields();
        foreach (var assignment in parse.GetValue(JsonlFields) ?? []) fields = fields.With(assignment);
        var maxMb = parse.GetValue(MaxDocMb);
        if (maxMb <= 0) throw new ArgumentException($"--max-doc-mb must be positive (got {maxMb}).");
        var defaults = new ScanOptions();
        var options = new ScanOptions
        {
            Read = new ReadOptions { Fields = fields, MaxDocumentBytes = (long)(maxMb * 1024 * 1024) },
            Fingerprints = defaults.Fingerprints with { NGram = parse.GetValue(NGram), Window = parse.GetValue(Window), MaxDocumentFrequency = parse.GetValue(MaxDf) },
            Alignment = defaults.Alignment with { MinPassageWords = parse.GetValue(MinWords) },
            Parallelism = parse.GetValue(Threads),
            ArticlesOnly = !parse.GetValue(WholeText),
        };
        options.Validate();
        return options;
    }
}
