namespace Lineage.Pan;

/// <summary>The measures for the cases of one obfuscation (or type, when a case has no obfuscation).</summary>
public sealed record PanCategoryScore(string Category, PanScore Score);
