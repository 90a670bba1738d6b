using Lineage.Pipeline;
using Lineage.Scanning;

namespace Lineage.Tests;

/// <summary>The seed articles shipped in samples/, found from the test binaries by walking up to the repository.</summary>
public static class SampleCorpus
{
    public static string Folder { get; } = Locate();

    public static string PathOf(string prefix) => Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    public static string Text(string prefix) => File.ReadAllText(PathOf(prefix));

    private static readonly Lazy<ScanResult> Scanned = new(() => Scanner.Scan([Folder], new ScanOptions()));

    /// <summary>One scan of the samples with default options, shared by the golden tests.</summary>
    public static ScanResult Scan => Scanned.Value;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "deir-ezzor-2016");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("samples/deir-ezzor-2016 not found above " + AppContext.BaseDirectory);
    }
}
