namespace Lineage.Evaluation;

/// <summary>One page of an extraction benchmark: its id, where its HTML is (plain or gzip'ed), its gold article text and, when the set has it, its expected metadata.</summary>
public sealed record ExtractionCase(string Id, string HtmlPath, string Gold, ExpectedMetadata? Metadata = null);
