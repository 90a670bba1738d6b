namespace Lineage.Pan;

/// <summary>One PAN XML file: the suspicious document it is about and its plagiarism features.</summary>
/// <param name="Name">The file's path relative to the folder it was read from (or its name), for messages.</param>
/// <param name="Reference">The <c>reference</c> attribute of <c>&lt;document&gt;</c>: the suspicious document's file name.</param>
public sealed record PanXmlFile(string Name, string Reference, IReadOnlyList<PanAnnotation> Annotations);
