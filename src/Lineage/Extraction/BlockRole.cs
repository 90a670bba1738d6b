namespace Lineage.Extraction;

/// <summary>What a block of a document is to a reader.</summary>
public enum BlockRole : byte
{
    Body,
    Title,
    /// <summary>Header lines: bylines, datelines, filing labels.</summary>
    Header,
    /// <summary>Footer lines: attribution, copyright, disclaimers, membership appeals.</summary>
    Footer,
    /// <summary>Interface words and appeals anywhere: "Share", "Advertisement", "Donate".</summary>
    Furniture,
    /// <summary>Text repeated across pages of the same site (learned from the corpus).</summary>
    Template,
}
