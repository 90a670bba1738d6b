namespace Lineage.Pan;

/// <summary>How well one gold case was found.</summary>
/// <param name="File">The gold file the case is in, relative to the gold folder.</param>
/// <param name="Recall">Share of the case's chars (suspicious and source) its detections cover.</param>
/// <param name="Detections">Detections overlapping the case.</param>
public sealed record PanCaseResult(string File, PanAnnotation Case, double Recall, int Detections)
{
    public bool Detected => Detections > 0;
}
