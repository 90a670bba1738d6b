namespace Lineage.Evaluation;

/// <summary>A clustering CSV that cannot be used: unreadable, malformed, or without the columns asked for. The message names the file.</summary>
public sealed class ClusterTableException(string message) : Exception(message);
