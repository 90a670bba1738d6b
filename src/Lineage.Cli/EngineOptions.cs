using System.CommandLine;
using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Scanning;

namespace Lineage.Cli;

/// <summary>The options shared by the commands that read and align documents, each offered only where it does something.</summary>
internal sealed class EngineOptions(EngineParts parts = EngineParts.All)
{
    public Option<int> NGram { get; } = new Option<int>("--ngram", "-n") { Description = "Words per fingerprint n-gram", DefaultValueFactory = _ => 5 }.Between(1, 32);
    public Option<int> Window { get; } = new Option<int>("--window") { Description = "Winnowing window, in n-grams", DefaultValueFactory = _ => 4 }.Between(1, 256);
    public Option<int> MinWords { get; } = new Option<int>("--min-words") { Description = "Shortest passage reported, in aligned words", DefaultValueFactory = _ => 12 }.AtLeast(1);
    public Option<int> MaxDf { get; } = new Option<int>("--max-df") { Description = "Ignore fingerprints found in more documents than this (boilerplate, stock phrases)", DefaultValueFactory = _ => 100 }.AtLeast(2);
    public Option<double> MaxDocMb { get; } = new Option<double>("--max-doc-mb") { Description = "Skip documents larger than this many megabytes", DefaultValueFactory = _ => 16 }.Positive();
    public Option<string[]> JsonlFields { get; } = new("--jsonl-field") { Description = "JSONL field names, as name=field (text=body, id=uuid, url=link, site, date, title)", AllowMultipleArgumentsPerToken = false };
    public Option<bool> WholeText { get; } = new("--whole-text") { Description = "Compare every word, boilerplate included (headers, footers, site templates)" };
    public Option<bool> VerbatimOnly { get; } = new("--verbatim-only") { Description = "Report verbatim reuse only: no rewritten passages, no derivation" };
    public Option<int> Threads { get; } = new Option<int>("--threads") { Description = "Threads to use (0 = one per core)", DefaultValueFactory = _ => 0 }.AtLeast(0, " (one per core)");

    public bool Has(EngineParts part) => (parts & part) == part;

    public void AddTo(Command command)
    {
        if (Has(EngineParts.Pairing))
        {
            command.Options.Add(NGram);
            command.Options.Add(Window);
            command.Options.Add(MaxDf);
        }
        if (Has(EngineParts.Passages)) command.Options.Add(MinWords);
        if (Has(EngineParts.Read))
        {
            command.Options.Add(MaxDocMb);
            command.Options.Add(JsonlFields);
        }
        if (Has(EngineParts.WholeText)) command.Options.Add(WholeText);
        if (Has(EngineParts.Rewrites)) command.Options.Add(VerbatimOnly);
        if (Has(EngineParts.Threads)) command.Options.Add(Threads);
    }

    /// <summary>The option was typed on the command line, not left at its default.</summary>
    public static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

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
        var defaults = new ScanOptions();
        var read = defaults.Read;
        if (Has(EngineParts.Read))
        {
            var fields = new JsonLinesFields();
            foreach (var assignment in parse.GetValue(JsonlFields) ?? [])
            {
                try
                {
                    fields = fields.With(assignment);
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException($"{JsonlFields.Name}: {e.Message}", e);
                }
            }
            read = new ReadOptions { Fields = fields, MaxDocumentBytes = (long)(parse.GetValue(MaxDocMb) * 1024 * 1024) };
        }
        var fingerprints = Has(EngineParts.Pairing)
            ? defaults.Fingerprints with { NGram = parse.GetValue(NGram), Window = parse.GetValue(Window), MaxDocumentFrequency = parse.GetValue(MaxDf) }
            : defaults.Fingerprints;
        var options = new ScanOptions
        {
            Read = read,
            Fingerprints = fingerprints,
            Alignment = Has(EngineParts.Passages) ? defaults.Alignment with { MinPassageWords = parse.GetValue(MinWords) } : defaults.Alignment,
            Parallelism = Has(EngineParts.Threads) ? parse.GetValue(Threads) : 0,
            ArticlesOnly = !Has(EngineParts.WholeText) || !parse.GetValue(WholeText),
            Rewrites = defaults.Rewrites with { Enabled = Has(EngineParts.Rewrites) && !parse.GetValue(VerbatimOnly) },
        };
        options.Validate();
        return options;
    }
}
