using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Lineage.Bench.Micro;

/// <summary>
/// <c>micro [FILTER] [BenchmarkDotNet options]</c>: a bare first word is a filter on benchmark
/// names (<c>micro Tokenizer</c> runs <c>*Tokenizer*</c>); with none, every suite runs.
/// </summary>
public static class MicroSuite
{
    private static readonly Type[] Suites = [typeof(TokenizerBenchmarks), typeof(FingerprintBenchmarks), typeof(AlignerBenchmarks), typeof(ExtractionBenchmarks), typeof(HtmlExtractionBenchmarks), typeof(HashBenchmarks), typeof(NameBenchmarks)];

    public static int Run(string[] args)
    {
        var switcherArgs = new List<string>(args);
        if (switcherArgs.Count > 0 && !switcherArgs[0].StartsWith('-')) switcherArgs[0] = $"*{switcherArgs[0]}*";
        if (switcherArgs.Count > 0 && !switcherArgs[0].StartsWith('-')) switcherArgs.Insert(0, "--filter");
        if (!switcherArgs.Contains("--filter")) switcherArgs.AddRange(["--filter", "*"]);
        var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
        var summaries = BenchmarkSwitcher.FromTypes(Suites).Run([.. switcherArgs], config);
        foreach (var summary in summaries)
            if (summary.HasCriticalValidationErrors) return 1;
        return 0;
    }
}
