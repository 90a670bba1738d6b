namespace Lineage.Reading;

/// <summary>Something wrong with one input file (or one line of it), said so a user can act on it.</summary>
/// <param name="Path">The file, as the user named it (with <c>:line</c> for a JSONL line).</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Skipped">True when the file or line was left out of the run; false for a warning.</param>
public sealed record ReadProblem(string Path, string Message, bool Skipped)
{
    public override string ToString() => $"{Path}: {Message}{(Skipped ? " (skipped)" : "")}";
}
