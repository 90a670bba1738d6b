namespace Lineage.Evaluation;

/// <summary>A benchmark folder that cannot be read as the named set: missing, or not laid out as expected.</summary>
public sealed class ExtractionSetException(string message) : Exception(message);
