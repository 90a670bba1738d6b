namespace Lineage.Text;

/// <summary>How a word is written where it stands, beyond its folded form: what a name test needs.</summary>
[Flags]
public enum WordShape : byte
{
    None = 0,

    /// <summary>Its first letter is a capital (only in scripts that have case).</summary>
    Capitalised = 1,

    /// <summary>It is the first word of the text or follows a sentence or clause end, a line break or an opening quote.</summary>
    StartsSentence = 2,
}
