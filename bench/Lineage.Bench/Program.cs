using Lineage.Bench;
using Lineage.Bench.EndToEnd;
using Lineage.Bench.Micro;
using Lineage.Bench.Store;

const string Usage = """
    Lineage benchmarks.

      micro [FILTER] [BenchmarkDotNet options]   micro benchmarks (e.g. micro Tokenizer --job short)
      e2e --docs N [--docs N …] [--dir DIR]      end-to-end scan of a generated corpus, one fresh process per size
          [--repeat R] [--seed S] [--parallelism P] [--ratio] [--keep]
      profile --docs N [--dir DIR]               time every stage and sub-stage of a scan, one thread
      analysis --docs N [--repeat R] [--parallelism P]
                                                 one scan, then each analysis step on one thread: time and bytes
          [--quotes-to FILE]                     write the scan's quotes (tab-separated) and stop
          [--quotes-from FILE]                   time quote clustering alone on quotes written so
      generate --docs N --out DIR                write a corpus of .txt files, its gold.csv and planted.csv (for CLI runs)

    e2e, profile, analysis, store and generate also take the corpus options
      --seed S, and the shares of the hard cases: --singletons 0.6 --small-sites 0.12
      --notices 0.7 --skeletons 0.05 --fiction 0.05 (0 leaves a case out)
      store --docs N [--add A] [--backend sqlite|postgres|both] [--postgres CONN]
                                                 persistent index: build, add, trace latency, size
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return 0;
}
try
{
    return args[0] switch
    {
        "micro" => MicroSuite.Run(args[1..]),
        "e2e" => EndToEndCommand.Run(args[1..]),
        EndToEndCommand.ChildVerb => EndToEndRun.Run(args[1..]),
        "profile" => StageProfile.Run(args[1..]),
        "analysis" => AnalysisProfile.Run(args[1..]),
        "generate" => GenerateCommand.Run(args[1..]),
        "store" => StoreCommand.Run(args[1..]),
        _ => throw new ArgumentException($"unknown command '{args[0]}'.{Environment.NewLine}{Usage}"),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("lineage-bench: " + e.Message);
    return 2;
}
