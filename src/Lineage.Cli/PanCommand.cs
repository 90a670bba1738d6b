using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lineage.Alignment;
using Lineage.Pan;
using Lineage.Reading;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// <c>lineage pan --pairs FILE --susp DIR --src DIR --out DIR</c>: PAN's text-alignment task. Aligns
/// each pair of the pairs file, verbatim and reworded passages, and writes its detections as PAN XML, one file per pair, for
/// <c>lineage eval pan</c> or PAN's own scorer.
/// </summary>
internal static class PanCommand
{
    public static Command Create()
    {
        var pairs = new Option<string>("--pairs") { Description = "PAN pairs file: 'suspicious-documentN.txt source-documentM.txt' per line", Required = true };
        var suspicious = new Option<string>("--susp") { Description = "Folder of the suspicious documents", Required = true };
        var sources = new Option<string>("--src") { Description = "Folder of the source documents", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the detections, one <susp>-<src>.xml per pair (created if missing)", Required = true };
        var minWords = new Option<int>("--min-words") { Description = "Shortest passage reported, in aligned words", DefaultValueFactory = _ => new AlignmentOptions().MinPassageWords }.AtLeast(1);
        var verbatimOnly = new Option<bool>("--verbatim-only") { Description = "Report verbatim passages only, not reworded ones (paraphrase, shuffled or replaced words)" };
        var threads = new Option<int>("--threads") { Description = "Threads to use (0 = one per core)", DefaultValueFactory = _ => 0 }.AtLeast(0, " (one per core)");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary or progress; problems are still reported" };
        var command = new Command("pan", "PAN text alignment: detect reused passages in each pair of a PAN pairs file and write PAN XML detections")
        {
            pairs, suspicious, sources, output, minWords, verbatimOnly, threads, quiet,
        };
        command.SetAction(parse =>
        {
            var pairsPath = parse.GetValue(pairs)!;
            var options = new PanRunOptions
            {
                SuspiciousFolder = parse.GetValue(suspicious)!,
                SourceFolder = parse.GetValue(sources)!,
                OutputFolder = parse.GetValue(output)!,
                Alignment = new AlignmentOptions { MinPassageWords = parse.GetValue(minWords) },
                Rewritten = parse.GetValue(verbatimOnly) ? null : new SentenceAlignmentOptions(),
                Parallelism = parse.GetValue(threads),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }
            foreach (var (folder, name) in new[] { (options.SuspiciousFolder, "--susp"), (options.SourceFolder, "--src") })
            {
                if (Directory.Exists(folder)) continue;
                Terminal.Fail($"{folder}: no such folder ({name}).");
                return ExitCodes.Usage;
            }

            var problems = new List<ReadProblem>();
            IReadOnlyList<PanPair> work;
            try
            {
                work = PanPairsFile.Read(pairsPath, problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"{pairsPath}: cannot read the pairs file: {e.Message}");
                return ExitCodes.Usage;
            }
            foreach (var problem in problems) Terminal.Problem(problem);
            if (work.Count == 0)
            {
                Terminal.Fail($"{pairsPath}: no pairs in it (expected 'suspicious-documentN.txt source-documentM.txt' per line).");
                return ExitCodes.Usage;
            }

            var silent = parse.GetValue(quiet);
            var clock = Stopwatch.StartNew();
            PanRunResult result;
            try
            {
                result = ScanProgressDisplay.Run(!silent, progress => PanTextAlignment.Run(work, options, progress));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"{options.OutputFolder}: cannot create the output folder: {e.Message}");
                return ExitCodes.Usage;
            }
            clock.Stop();

            foreach (var problem in result.Problems) Terminal.Problem(problem);
            if (result.SkippedAny)
                Terminal.Error.MarkupLine(
                    $"[yellow]skipped:[/] {NumberFormat.Count(result.SkippedPairs.Count)} of {NumberFormat.Count(result.Pairs, "pair")} (first: {Markup.Escape(pairsPath)}:{result.SkippedPairs[0].Line}); see the messages above");
            if (!silent)
                Terminal.Error.MarkupLine(
                    $"[bold]{NumberFormat.Count(result.Written)}[/] of {NumberFormat.Count(result.Pairs, "pair")} aligned · [bold]{NumberFormat.Count(result.Detections, "detection")}[/] · written to {Markup.Escape(options.OutputFolder)} · {NumberFormat.Seconds(clock.Elapsed)}");
            return result.SkippedAny || problems.Count > 0 ? ExitCodes.SomeInputSkipped : ExitCodes.Ok;
        });
        return command;
    }
}
