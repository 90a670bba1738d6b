using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>One stretch of a document that belongs to a reuse cluster.</summary>
public readonly record struct ClusterMember(int Document, TextSpan Span);

/// <summary>
/// Text reused across documents: passages connected through shared documents (A~B and B~C, where
/// the two passages overlap in B) form one cluster, as passim's clusters do. Members are listed
/// in document order, one span per document (the union of its passages in the cluster).
/// </summary>
public sealed record ReuseCluster(int Id, IReadOnlyList<ClusterMember> Members);
