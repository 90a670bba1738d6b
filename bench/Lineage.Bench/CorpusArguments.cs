using System.Globalization;
using Lineage.Bench.Corpus;

namespace Lineage.Bench;

/// <summary>
/// The corpus options every verb accepts (<c>--seed</c> and the shares of the hard cases), read
/// from a command line and written back for a child process, so parent and child build one plan.
/// </summary>
public static class CorpusArguments
{
    private static readonly (string Name, Func<CorpusOptions, double> Get, Func<CorpusOptions, double, CorpusOptions> Set)[] Shares =
    [
        ("singletons", o => o.SingletonShare, (o, v) => o with { SingletonShare = v }),
        ("small-sites", o => o.SmallSiteShare, (o, v) => o with { SmallSiteShare = v }),
        ("notices", o => o.NoticeShare, (o, v) => o with { NoticeShare = v }),
        ("skeletons", o => o.SkeletonShare, (o, v) => o with { SkeletonShare = v }),
        ("fiction", o => o.FictionShare, (o, v) => o with { FictionShare = v }),
        ("rewrites", o => o.RewriteShare, (o, v) => o with { RewriteShare = v }),
    ];

    public const string Usage = "[--seed S] [--singletons 0.6] [--small-sites 0.12] [--notices 0.7] [--skeletons 0.05] [--fiction 0.05] [--rewrites 0]";

    public static CorpusOptions Read(Arguments arguments, int documents)
    {
        var options = new CorpusOptions { Documents = documents };
        if (arguments.Value("seed") is { } seed)
        {
            if (!ulong.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s))
                throw new ArgumentException($"--seed wants a whole number (got '{seed}').");
            options = options with { Seed = s };
        }
        foreach (var (name, _, set) in Shares)
        {
            if (arguments.Value(name) is not { } text) continue;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1)
                throw new ArgumentException($"--{name} wants a share between 0 and 1 (got '{text}').");
            options = set(options, share);
        }
        return options;
    }

    /// <summary>The options as arguments <see cref="Read"/> reads back to the same corpus.</summary>
    public static List<string> Write(CorpusOptions options)
    {
        var args = new List<string> { "--seed", options.Seed.ToString(CultureInfo.InvariantCulture) };
        foreach (var (name, get, _) in Shares)
        {
            args.Add("--" + name);
            args.Add(get(options).ToString("R", CultureInfo.InvariantCulture));
        }
        return args;
    }
}
