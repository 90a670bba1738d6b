namespace Lineage.Cli;

/// <summary>What a path names on disk, symlinks followed.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A character device, FIFO or socket: written in place, never replaced by a renamed file.</summary>
    Special,
}
