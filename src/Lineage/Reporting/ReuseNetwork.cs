using Lineage.Analysis;
using Lineage.Reporting.Model;
using Lineage.Scanning;

namespace Lineage.Reporting;

/// <summary>A node of the <see cref="ReuseNetwork"/>: a document, a site, or a source outside the corpus.</summary>
public sealed record NetworkNode(string Id, string Label, IReadOnlyDictionary<string, object> Values);

/// <summary>An edge of the <see cref="ReuseNetwork"/>, from <see cref="Source"/> to <see cref="Target"/> (node ids).</summary>
public sealed record NetworkEdge(string Id, string Source, string Target, IReadOnlyDictionary<string, object> Values);

/// <summary>
/// The reuse and provenance network of a scan, as the graph formats (GraphML, GEXF) write it, built
/// once so they cannot disagree. Nodes are documents (<c>d0</c>, <c>d1</c>, … in input order),
/// sites (<c>s0</c>, …) and external sources named by provenance (<c>x0</c>, …); ids are made up
/// here because a document id may be any string. Every node and edge has a <c>kind</c>.
/// The graph is directed, since its readers (networkx, Gephi) take one direction for the whole
/// graph: a <c>provenance</c> edge goes from the source to the copy; a <c>reuse</c> edge (one per
/// pair that shares text) goes from the pair's first document to its second, which says nothing
/// of who copied; a <c>site</c> edge goes from a document to the site that published it.
/// A value that is not known is left out rather than written empty.
/// </summary>
public sealed class ReuseNetwork
{
    public static IReadOnlyList<NetworkAttribute> NodeAttributes { get; } =
    [
        new("kind", NetworkValueType.String),
        new("docId", NetworkValueType.String),
        new("path", NetworkValueType.String),
        new("site", NetworkValueType.String),
        new("url", NetworkValueType.String),
        new("published", NetworkValueType.String),
        new("title", NetworkValueType.String),
        new("language", NetworkValueType.String),
        new("words", NetworkValueType.Integer),
        new("story", NetworkValueType.Integer),
        new("duplicateGroup", NetworkValueType.Integer),
        new("documents", NetworkValueType.Integer),
    ];

    public static IReadOnlyList<NetworkAttribute> EdgeAttributes { get; } =
    [
        new("kind", NetworkValueType.String),
        new("sharedWords", NetworkValueType.Integer),
        new("coverageA", NetworkValueType.Double),
        new("coverageB", NetworkValueType.Double),
        new("passages", NetworkValueType.Integer),
        new("confidence", NetworkValueType.Double),
        new("undetermined", NetworkValueType.Boolean),
        new("external", NetworkValueType.Boolean),
        new("evidence", NetworkValueType.String),
    ];

    private ReuseNetwork(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public IReadOnlyList<NetworkEdge> Edges { get; }

    public static ReuseNetwork Of(ScanResult scan, CorpusAnalysis analysis) => Of(new ReportBuilder(scan, analysis));

    /// <summary>The network of a report model: its documents, pairs and provenance edges, with the model's names and rounding.</summary>
    public static ReuseNetwork Of(ReportBuilder report)
    {
        var scan = report.Scan;
        var nodes = new List<NetworkNode>();
        var edges = new List<NetworkEdge>();
        var siteNode = new Dictionary<string, int>(StringComparer.Ordinal);
        var siteNames = new List<string>();
        var siteCounts = new List<int>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < scan.Articles.Count; i++)
        {
            var d = report.Document(i);
            indexOf.TryAdd(d.Id, i);
            var values = new Dictionary<string, object>
            {
                ["kind"] = "document",
                ["docId"] = d.Id,
                ["path"] = d.Path,
                ["words"] = d.Words,
            };
            if (d.DuplicateGroup is { } group) values["duplicateGroup"] = group;
            AddKnown(values, "site", d.Site);
            AddKnown(values, "url", d.Url);
            AddKnown(values, "published", d.Published);
            AddKnown(values, "title", d.Title);
            AddKnown(values, "language", d.Language);
            if (d.Story is > 0) values["story"] = d.Story.Value;
            nodes.Add(new NetworkNode(DocumentNode(i), d.Title ?? d.Id, values));

            if (d.Site is not { Length: > 0 } site) continue;
            if (!siteNode.TryGetValue(site, out var s))
            {
                s = siteNames.Count;
                siteNode.Add(site, s);
                siteNames.Add(site);
                siteCounts.Add(0);
            }
            siteCounts[s]++;
            edges.Add(new NetworkEdge("m" + i, DocumentNode(i), "s" + s, new Dictionary<string, object> { ["kind"] = "site" }));
        }
        for (var s = 0; s < siteNames.Count; s++)
            nodes.Add(new NetworkNode("s" + s, siteNames[s], new Dictionary<string, object> { ["kind"] = "site", ["site"] = siteNames[s], ["documents"] = siteCounts[s] }));

        for (var p = 0; p < scan.Pairs.Count; p++)
        {
            var pair = report.Pair(p, withPassages: false);
            edges.Add(new NetworkEdge("r" + p, DocumentNode(scan.Pairs[p].A), DocumentNode(scan.Pairs[p].B), new Dictionary<string, object>
            {
                ["kind"] = "reuse",
                ["sharedWords"] = pair.SharedWords,
                ["coverageA"] = pair.Coverage.A,
                ["coverageB"] = pair.Coverage.B,
                ["passages"] = pair.PassageCount ?? 0,
            }));
        }

        var externalNode = new Dictionary<string, string>(StringComparer.Ordinal);
        var e = -1;
        foreach (var edge in report.Provenance())
        {
            e++;
            string from;
            if (edge.External)
            {
                if (!externalNode.TryGetValue(edge.From, out var x))
                {
                    x = "x" + externalNode.Count;
                    externalNode.Add(edge.From, x);
                    nodes.Add(new NetworkNode(x, edge.From, new Dictionary<string, object> { ["kind"] = "external" }));
                }
                from = x;
            }
            else if (Find(indexOf, edge.From) is { } f) from = DocumentNode(f);
            else continue;
            if (Find(indexOf, edge.To) is not { } to) continue;
            var values = new Dictionary<string, object>
            {
                ["kind"] = "provenance",
                ["confidence"] = edge.Confidence,
                ["undetermined"] = edge.Undetermined,
                ["external"] = edge.External,
            };
            AddKnown(values, "evidence", Weighed(edge.Evidence));
            edges.Add(new NetworkEdge("p" + e, from, DocumentNode(to), values));
        }
        return new ReuseNetwork(nodes, edges);
    }

    /// <summary>The node id of the document at this index.</summary>
    public static string DocumentNode(int document) => "d" + document;

    private static int? Find(Dictionary<string, int> indexOf, string id) => indexOf.TryGetValue(id, out var i) ? i : null;

    /// <summary>The kinds of evidence that pointed one way or the other (attribution, date, containment, edits), comma-separated.</summary>
    private static string? Weighed(IReadOnlyList<ReportEvidence> evidence)
    {
        var kinds = new List<string>();
        foreach (var e in evidence)
            if (e.Weight != 0 && !kinds.Contains(e.Kind)) kinds.Add(e.Kind);
        return kinds.Count == 0 ? null : string.Join(',', kinds);
    }

    private static void AddKnown(Dictionary<string, object> values, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) values[name] = value;
    }
}
