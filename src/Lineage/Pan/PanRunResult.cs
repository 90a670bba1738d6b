using Lineage.Reading;

namespace Lineage.Pan;

/// <summary>What a PAN text-alignment run did.</summary>
/// <param name="Pairs">Pairs asked for.</param>
/// <param name="Written">Pairs aligned and written, one detection file each.</param>
/// <param name="Detections">Detections written over all pairs.</param>
/// <param name="SkippedPairs">Pairs left out because a document could not be read or the output not written.</param>
/// <param name="Problems">Each unreadable document once, and each output that could not be written.</param>
public sealed record PanRunResult(int Pairs, int Written, int Detections, IReadOnlyList<PanPair> SkippedPairs, IReadOnlyList<ReadProblem> Problems)
{
    public bool SkippedAny => SkippedPairs.Count > 0;
}
