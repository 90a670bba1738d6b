using Lineage.Text;

namespace Lineage.Pan;

/// <summary>
/// One PAN <c>&lt;feature&gt;</c>: a plagiarism case of the gold standard or a detection. It names a
/// range of the suspicious document and, for external plagiarism, the range of the source document
/// the text came from; an intrinsic case (PAN-PC-09/10) has no source. Offsets are PAN's: chars of
/// the file as PAN's tools read it (see <see cref="PanText"/>).
/// </summary>
/// <param name="Suspicious">The suspicious document's file name, as in <c>reference</c> (e.g. <c>suspicious-document00001.txt</c>).</param>
/// <param name="SuspiciousSpan">The range in the suspicious document (<c>this_offset</c>, <c>this_length</c>).</param>
/// <param name="Source">The source document's file name (<c>source_reference</c>); null for intrinsic plagiarism.</param>
/// <param name="SourceSpan">The range in the source document (<c>source_offset</c>, <c>source_length</c>); empty when intrinsic.</param>
public sealed record PanAnnotation(string Suspicious, TextSpan SuspiciousSpan, string? Source, TextSpan SourceSpan)
{
    /// <summary>How the gold case was obscured (<c>none</c>, <c>random</c>, <c>translation</c>, …); null when not said.</summary>
    public string? Obfuscation { get; init; }

    /// <summary>The gold case's <c>type</c> attribute (<c>artificial</c>, <c>simulated</c>, …); null when not said.</summary>
    public string? Type { get; init; }

    public bool IsExternal => Source is not null;

    /// <summary>
    /// The group a case is reported under: its obfuscation, else its type (PAN-PC-11's simulated
    /// cases carry <c>type="simulated"</c> and no obfuscation), else "unspecified".
    /// </summary>
    public string Category => Obfuscation ?? Type ?? "unspecified";

    public override string ToString() => IsExternal
        ? $"{Suspicious} {SuspiciousSpan.Start}+{SuspiciousSpan.Length} ← {Source} {SourceSpan.Start}+{SourceSpan.Length}"
        : $"{Suspicious} {SuspiciousSpan.Start}+{SuspiciousSpan.Length}";
}
