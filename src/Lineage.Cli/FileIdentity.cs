using System.Runtime.InteropServices;

namespace Lineage.Cli;

/// <summary>
/// The file a path names, symlinks followed: two paths name one file when their identities are
/// equal (same device and inode), however they are spelt. .NET tells neither a file's type beyond
/// file/folder nor its inode, so on Linux they come from <c>statx(2)</c>, whose layout is the same on
/// every architecture; elsewhere the real path stands in for the inode.
/// </summary>
internal readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode, string RealPath)
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    public bool Exists => Kind != FileKind.Missing;

    /// <summary>Both name the same file: one inode on one device, or failing that one real path.</summary>
    public bool SameFileAs(FileIdentity other) =>
        Exists && other.Exists && (Inode != 0 && other.Inode != 0
            ? Device == other.Device && Inode == other.Inode
            : string.Equals(RealPath, other.RealPath, StringComparison.Ordinal));

    public static FileIdentity Of(string path)
    {
        var real = RealPathOf(path);
        if (OperatingSystem.IsLinux() && Statx(path) is { } stat) return stat with { RealPath = real };
        if (Directory.Exists(path)) return new FileIdentity(FileKind.Directory, 0, 0, real);
        if (File.Exists(path)) return new FileIdentity(FileKind.Regular, 0, 0, real);
        return new FileIdentity(FileKind.Missing, 0, 0, real);
    }

    /// <summary>
    /// The absolute path with every symlink resolved (<c>realpath(3)</c>); for a path that does not
    /// exist yet, its folder's real path and its name.
    /// </summary>
    public static string RealPathOf(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows()) return full;
        if (Resolve(full) is { } resolved) return resolved;
        var parent = Path.GetDirectoryName(full);
        return parent is null ? full : Path.Combine(RealPathOf(parent), Path.GetFileName(full));
    }

    private static string? Resolve(string path)
    {
        var buffer = RealPathCall(path, IntPtr.Zero);
        if (buffer == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(buffer);
        }
        finally
        {
            Free(buffer);
        }
    }

    private static FileIdentity? Statx(string path)
    {
        var buffer = new byte[StatxSize];
        try
        {
            if (StatxCall(AtCurrentDirectory, path, 0, StatxBasicStats, buffer) != 0)
                return Marshal.GetLastPInvokeError() is 2 or 20 ? new FileIdentity(FileKind.Missing, 0, 0, "") : null; // ENOENT, ENOTDIR
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        // struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major/minor (u32) at 136/140.
        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(28));
        var inode = MemoryMarshal.Read<ulong>(buffer.AsSpan(32));
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer.AsSpan(136)) << 32) | MemoryMarshal.Read<uint>(buffer.AsSpan(140));
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileIdentity(kind, device, inode, "");
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxCall(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPathCall([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
