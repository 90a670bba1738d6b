namespace Lineage.Alignment;

/// <summary>How a stretch of one passage differs between its two sides.</summary>
public enum EditKind
{
    /// <summary>Words spelled almost alike (a typo, an OCR error): "beloged" / "belonged".</summary>
    Typo,
    /// <summary>Different words in the same place: "Russia" / "Russian Federation".</summary>
    Substitution,
    /// <summary>Words only in A.</summary>
    OnlyInA,
    /// <summary>Words only in B.</summary>
    OnlyInB,
}
