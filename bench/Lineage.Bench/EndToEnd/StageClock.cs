using System.Diagnostics;
using Lineage.Scanning;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// Times a scan's stages from its progress reports, taken synchronously on the reporting thread
/// (<see cref="Progress{T}"/> would post them to the thread pool and blur the boundaries). A
/// stage ends at its last report: reading, extracting and fingerprinting report when their last item is done,
/// pairing reports 0 before it starts and 1 when it ends, aligning runs to the scan's return.
/// </summary>
public sealed class StageClock : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private readonly long start = Stopwatch.GetTimestamp();
    private long readEnd, extractEnd, fingerprintEnd, pairStart, pairEnd;

    public void Report(ScanProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            switch (value.Stage)
            {
                case ScanStage.Reading: readEnd = Math.Max(readEnd, now); break;
                case ScanStage.Extracting: extractEnd = Math.Max(extractEnd, now); break;
                case ScanStage.Fingerprinting: fingerprintEnd = Math.Max(fingerprintEnd, now); break;
                case ScanStage.Pairing when value.Done == 0: pairStart = now; break;
                case ScanStage.Pairing: pairEnd = now; break;
            }
        }
    }

    /// <summary>Seconds per stage, given the moment the scan returned.</summary>
    public StageTimes Stop(long end)
    {
        var read = readEnd == 0 ? start : readEnd;
        var extracted = extractEnd == 0 ? read : extractEnd;
        var fingerprinted = fingerprintEnd == 0 ? extracted : fingerprintEnd;
        var paired = pairEnd == 0 ? fingerprinted : pairEnd;
        return new StageTimes(
            Seconds(start, read),
            Seconds(read, extracted),
            Seconds(extracted, pairStart == 0 ? fingerprinted : pairStart),
            Seconds(pairStart == 0 ? fingerprinted : pairStart, paired),
            Seconds(paired, end));
    }

    private static double Seconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;
}

/// <summary>
/// Wall-clock seconds of each scan stage; reading includes walking the folders, aligning includes
/// what follows it (template learning over the pairs, the final sort), which reports no progress.
/// </summary>
public sealed record StageTimes(double Reading, double Extracting, double Fingerprinting, double Pairing, double Aligning);
