namespace Lineage.Evaluation;

/// <summary>A text-reuse benchmark folder that cannot be read: missing, or its label file not laid out as expected.</summary>
public sealed class ReuseSetException(string message) : Exception(message);
