namespace Lineage.Tests.Cli;

/// <summary>A test of Linux file kinds (FIFOs, character devices, Unix modes), skipped visibly elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux (statx, mkfifo, Unix file modes)";
    }
}
