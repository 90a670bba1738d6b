using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Lineage.Reading;

/// <summary>What kind of thing a path names, after following symbolic links.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,

    /// <summary>A FIFO, socket, character or block device: reading one can block forever or never end.</summary>
    Special,
}

/// <summary>
/// The kind of a path and the identity of what it names (device and inode), links followed. .NET
/// tells a FIFO or a device from a regular file on no platform, and opening a FIFO to find out
/// blocks until a writer comes, so on Linux the kernel is asked with <c>statx(2)</c>, whose
/// structure is the same on every architecture. Elsewhere the kind comes from .NET and the
/// identity from the resolved path.
/// </summary>
public readonly record struct FileStatus(FileKind Kind, string Identity)
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1, StatxIno = 0x100;
    private const int StatxSize = 256, ModeOffset = 28, InodeOffset = 32, DevMajorOffset = 136, DevMinorOffset = 140;
    private const int TypeMask = 0xF000, TypeRegular = 0x8000, TypeDirectory = 0x4000;

    private static bool statxMissing;

    public static FileStatus Of(string path)
    {
        if (OperatingSystem.IsLinux() && !statxMissing)
        {
            try
            {
                var buffer = new byte[StatxSize];
                if (Statx(AtFdCwd, path, 0, StatxType | StatxIno, buffer) != 0) return new FileStatus(FileKind.Missing, path);
                var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) & TypeMask;
                var kind = mode switch
                {
                    TypeRegular => FileKind.Regular,
                    TypeDirectory => FileKind.Directory,
                    _ => FileKind.Special,
                };
                var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(InodeOffset));
                var major = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(DevMajorOffset));
                var minor = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(DevMinorOffset));
                return new FileStatus(kind, $"{major}:{minor}:{inode}");
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                statxMissing = true;
            }
        }
        return Managed(path);
    }

    private static FileStatus Managed(string path)
    {
        if (Directory.Exists(path))
        {
            var target = new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            return new FileStatus(FileKind.Directory, target);
        }
        return File.Exists(path) ? new FileStatus(FileKind.Regular, Path.GetFullPath(path)) : new FileStatus(FileKind.Missing, path);
    }

    // Little-endian reads above: statx(2) exists on Linux on x86-64, arm64 and the other little-endian targets .NET runs on.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
