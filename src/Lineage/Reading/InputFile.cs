namespace Lineage.Reading;

/// <summary>A file to read: where it is, the id its documents take, and how to read it.</summary>
public sealed record InputFile(string Path, string Id, DocumentFormat Format, long Length);
