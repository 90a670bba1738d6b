namespace Lineage.Evaluation;

/// <summary>One page of an extraction benchmark: its id, where its HTML is (plain or gzip'ed) and its gold article text.</summary>
public sealed record ExtractionCase(string Id, string HtmlPath, string Gold);
