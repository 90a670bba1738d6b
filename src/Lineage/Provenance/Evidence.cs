namespace Lineage.Provenance;

/// <summary>
/// One reason behind a provenance edge, named by kind (attribution, date, containment, edits,
/// site) and said in words. <paramref name="Weight"/> is how far it points from the edge's source
/// to its copy: positive for, negative against, zero when it only informs.
/// </summary>
public sealed record Evidence(string Kind, string Detail, double Weight);
