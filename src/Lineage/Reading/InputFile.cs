namespace Lineage.Reading;

/// <summary>A file to read: where it is, the id its documents take, and how to read it.</summary>
/// <param name="Length">Its size on disk, compressed when <see cref="Gzipped"/>.</param>
public sealed record InputFile(string Path, string Id, DocumentFormat Format, long Length)
{
    /// <summary>True for a gzipped file of a format that is not gzipped itself (<c>.html.gz</c>, <c>.jsonl.gz</c>).</summary>
    public bool Gzipped { get; init; }
}
