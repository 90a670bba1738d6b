using System.Globalization;
using CsCheck;

namespace Lineage.Tests.Reading.Fuzzing;

/// <summary>
/// Every reader fuzzed on mutated inputs: a short run with a fixed seed in the suite, and as long
/// a run as asked through <c>scripts/fuzz.sh TARGET MINUTES</c>, which sets
/// <c>LINEAGE_FUZZ_TARGET</c>, <c>LINEAGE_FUZZ_MINUTES</c> and <c>LINEAGE_FUZZ_OUT</c> (where failing
/// inputs and the tally go).
/// </summary>
public class ReaderFuzzTests
{
    /// <summary>The fixed seed of the suite's runs.</summary>
    private static readonly string Seed = new PCG(14, 2026).ToString();

    public static TheoryData<string> Targets => [.. FuzzTarget.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Reads_mutated_inputs_without_throwing(string name)
    {
        var target = FuzzTarget.All.Single(t => t.Name == name);
        var minutes = Environment.GetEnvironmentVariable("LINEAGE_FUZZ_MINUTES");
        var only = Environment.GetEnvironmentVariable("LINEAGE_FUZZ_TARGET");
        var output = Environment.GetEnvironmentVariable("LINEAGE_FUZZ_OUT") ?? Path.Combine(Path.GetTempPath(), "lineage-fuzz");
        var fuzzer = new ReaderFuzzer(target, Path.Combine(output, "failures"));
        if (minutes is null)
        {
            // The suite's run: a few hundred inputs a reader (pdf spawns pdftotext for each: fewer).
            fuzzer.Run(Seed, name == "pdf" ? 25 : 400);
            Assert.Equal(name == "pdf" ? 25 : 400, fuzzer.Inputs);
            return;
        }
        if (only is not (null or "" or "all") && only != name)
        {
            fuzzer.Run(Seed, 1);
            return;
        }
        var seconds = (int)(double.Parse(minutes, CultureInfo.InvariantCulture) * 60 / (only is null or "" or "all" ? FuzzTarget.All.Count : 1));
        Exception? failure = null;
        try
        {
            fuzzer.Run(new PCG((uint)Environment.TickCount).ToString(), long.MaxValue, Math.Max(1, seconds), Math.Max(1, Environment.ProcessorCount - 1));
        }
        catch (Exception e)
        {
            failure = e;
        }
        Directory.CreateDirectory(output);
        File.AppendAllText(Path.Combine(output, "tally.tsv"),
            $"{name}\t{fuzzer.Inputs}\t{fuzzer.Slow.Count}\t{(failure is null ? "ok" : failure.Message.ReplaceLineEndings(" "))}\n");
        if (failure is not null) throw failure;
        Assert.True(fuzzer.Inputs > 0);
    }
}
