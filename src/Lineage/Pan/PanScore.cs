namespace Lineage.Pan;

/// <summary>PAN's measures for one set of cases and detections (see <see cref="PanMeasures"/>).</summary>
/// <param name="Cases">Gold cases.</param>
/// <param name="DetectedCases">Cases at least one detection overlaps.</param>
/// <param name="Detections">Detections.</param>
/// <param name="TrueDetections">Detections that overlap at least one case.</param>
/// <param name="Precision">Macro-averaged character precision.</param>
/// <param name="Recall">Macro-averaged character recall.</param>
/// <param name="Granularity">Mean detections per detected case (1 is best).</param>
public sealed record PanScore(int Cases, int DetectedCases, int Detections, int TrueDetections, double Precision, double Recall, double Granularity)
{
    public double Plagdet => PanMeasures.Plagdet(Precision, Recall, Granularity);
}
