using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;

namespace Lineage.Tests.Reading.Fuzzing;

/// <summary>
/// Runs one <see cref="FuzzTarget"/> on mutated seeds with CsCheck: each input is made from a
/// 64-bit number CsCheck generates from its seed, so a fixed seed runs the same inputs. An input
/// that throws, or that allocates more than <see cref="MaxAllocatedBytes"/>, fails the run and is
/// saved to a folder; one slower than <see cref="SlowAfter"/> is saved and counted as slow.
/// </summary>
internal sealed class ReaderFuzzer(FuzzTarget target, string failures)
{
    /// <summary>A memory blow-up, for inputs of at most <see cref="InputMutator.MaxBytes"/> bytes.</summary>
    public const long MaxAllocatedBytes = 1L << 30;

    public static readonly TimeSpan SlowAfter = TimeSpan.FromSeconds(5);

    private long inputs;
    private readonly ConcurrentBag<string> slow = [];

    public long Inputs => Interlocked.Read(ref inputs);

    public IReadOnlyCollection<string> Slow => slow;

    /// <param name="seed">CsCheck's seed for the first input, so a run can be repeated.</param>
    /// <param name="iterations">How many inputs; ignored when <paramref name="seconds"/> is given.</param>
    public void Run(string seed, long iterations, int seconds = -1, int threads = 1)
    {
        // Seeds that cannot be made fail the run at once, not as every input's failure.
        if (target.Seeds.Count == 0) throw new InvalidOperationException($"{target.Name} has no seed inputs");
        var scratch = new ThreadLocal<TempFolder>(() => new TempFolder(), trackAllValues: true);
        try
        {
            Gen.ULong.Sample(number =>
            {
                var input = InputMutator.Mutate(target.Seeds, new Random((int)(number ^ (number >> 32))));
                Interlocked.Increment(ref inputs);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                try
                {
                    target.Read(input, scratch.Value!.Path);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"{target.Name} failed on the input saved as {Save(input, "crash")}: {e.GetType().Name}: {e.Message}", e);
                }
                if (GC.GetAllocatedBytesForCurrentThread() - allocated > MaxAllocatedBytes)
                    throw new InvalidOperationException($"{target.Name} allocated more than 1 GB for the input saved as {Save(input, "memory")}");
                if (watch.Elapsed > SlowAfter) slow.Add(Save(input, "slow"));
            }, seed: seed, iter: iterations, time: seconds, threads: threads, print: n => n.ToString());
        }
        finally
        {
            foreach (var folder in scratch.Values) folder.Dispose();
            scratch.Dispose();
        }
    }

    private string Save(byte[] input, string kind)
    {
        Directory.CreateDirectory(failures);
        var path = Path.Combine(failures, $"{target.Name}-{kind}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..16]}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }
}
