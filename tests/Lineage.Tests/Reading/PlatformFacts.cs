namespace Lineage.Tests.Reading;

/// <summary>A test that needs Linux (FIFOs, /dev/zero, statx), shown as skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "needs Linux";
    }
}

/// <summary>A test of file permissions, shown as skipped for root, whom no permission stops.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs Unix permissions";
        else if (Environment.UserName == "root") Skip = "root reads every folder, so a folder it cannot read cannot be made";
    }
}
