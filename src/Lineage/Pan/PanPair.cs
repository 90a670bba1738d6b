namespace Lineage.Pan;

/// <summary>One line of a PAN pairs file: a suspicious document to align with a source document.</summary>
/// <param name="Suspicious">The suspicious document's file name, relative to the suspicious folder.</param>
/// <param name="Source">The source document's file name, relative to the source folder.</param>
/// <param name="Line">1-based line of the pairs file, for messages.</param>
public sealed record PanPair(string Suspicious, string Source, int Line)
{
    /// <summary>
    /// <c>suspicious-documentN-source-documentM.xml</c>: PAN 2013's name for a pair's detections
    /// (the text-alignment baseline's <c>serialize_features</c>), so PAN tooling finds them.
    /// </summary>
    public string DetectionFileName =>
        Path.GetFileNameWithoutExtension(Suspicious) + "-" + Path.GetFileNameWithoutExtension(Source) + ".xml";
}
