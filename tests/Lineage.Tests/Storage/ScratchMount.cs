using System.Diagnostics;

namespace Lineage.Tests.Storage;

/// <summary>
/// A small tmpfs mounted for one test, to fill a disk or make a folder read-only for real (as
/// root, permission bits do not stop a write). Needs root and the right to mount; where that is
/// missing, <see cref="Unavailable"/> says why and the tests that need it are skipped, visibly.
/// </summary>
public sealed class ScratchMount : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private ScratchMount(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Why a tmpfs cannot be mounted here, or null when it can.</summary>
    public static string? Unavailable => Probe.Value;

    public static ScratchMount Create(string size)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lineage-mount-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount failed: {error}");
        }
        return new ScratchMount(path);
    }

    public void ReadOnly() => Remount("ro");

    public void Writable() => Remount("rw");

    private void Remount(string mode)
    {
        var (code, error) = Run("mount", "-o", $"remount,{mode}", Path);
        if (code != 0) throw new InvalidOperationException($"remount {mode} failed: {error}");
    }

    public void Dispose()
    {
        Run("umount", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still mounted (busy): left empty in /tmp, harmless.
        }
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux()) return "tmpfs mounts need Linux";
        if (!Environment.IsPrivilegedProcess) return "mounting a tmpfs needs root";
        try
        {
            using var mount = Create("64k");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot mount a tmpfs here ({e.Message.Trim()})";
        }
    }

    private static (int Code, string Error) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {tool}");
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}

/// <summary>A test that needs a tmpfs of its own: skipped, saying why, where none can be mounted.</summary>
public sealed class MountFactAttribute : FactAttribute
{
    public MountFactAttribute()
    {
        if (ScratchMount.Unavailable is { } reason) Skip = reason;
    }
}
