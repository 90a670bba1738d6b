namespace Lineage.Reporting.Model;

/// <summary>Documents (by id) about one event, labelled by their most telling names and words, with the dates of the first and last.</summary>
public sealed record ReportStory(
    int Id,
    string Label,
    IReadOnlyList<string> Keywords,
    string? FirstPublished,
    string? LastPublished,
    IReadOnlyList<string> Documents);
