using Lineage.Analysis;
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

    public static ReuseNetwork Of(ScanResult scan, CorpusAnalysis analysis)
    {
        var nodes = new List<NetworkNode>();
        var edges = new List<NetworkEdge>();
        var storyOf = JsonReport.StoryOf(analysis, scan.Articles.Count);
        var siteNode = new Dictionary<string, int>(StringComparer.Ordinal);
        var siteNames = new List<string>();
        var siteCounts = new List<int>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < scan.Articles.Count; i++)
        {
            var article = scan.Articles[i];
            var d = article.Document;
            var m = article.Metadata;
            indexOf.TryAdd(d.Id, i);
            var values = new Dictionary<string, object>
            {
                ["kind"] = "document",
                ["docId"] = d.Id,
                ["path"] = d.Path,
                ["words"] = scan.WordCounts[i],
                ["duplicateGroup"] = analysis.Duplicates.Of(i).Id,
            };
            AddKnown(values, "site", m.Site);
            AddKnown(values, "url", m.Url);
            AddKnown(values, "published", m.Published);
            AddKnown(values, "title", m.Title);
            AddKnown(values, "language", m.Language);
            if (storyOf[i] > 0) values["story"] = storyOf[i];
            nodes.Add(new NetworkNode(DocumentNode(i), m.Title ?? d.Id, values));

            if (m.Site is not { Length: > 0 } site) continue;
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
            var pair = scan.Pairs[p];
            edges.Add(new NetworkEdge("r" + p, DocumentNode(pair.A), DocumentNode(pair.B), new Dictionary<string, object>
            {
                ["kind"] = "reuse",
                ["sharedWords"] = pair.Alignment.SharedWords,
                ["coverageA"] = pair.Alignment.CoverageA,
                ["coverageB"] = pair.Alignment.CoverageB,
                ["passages"] = pair.Alignment.Passages.Count,
            }));
        }

        var externalNode = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var e = 0; e < analysis.Provenance.Count; e++)
        {
            var edge = analysis.Provenance[e];
            string from;
            if (edge.FromExternal)
            {
                if (!externalNode.TryGetValue(edge.From, out var x))
                {
                    x = "x" + externalNode.Count;
                    externalNode.Add(edge.From, x);
                    nodes.Add(new NetworkNode(x, edge.From, new Dictionary<string, object> { ["kind"] = "external" }));
                }
                from = x;
            }
            else if ((edge.FromDocument ?? Find(indexOf, edge.From)) is { } f) from = DocumentNode(f);
            else continue;
            if ((edge.ToDocument ?? Find(indexOf, edge.To)) is not { } to) continue;
            var values = new Dictionary<string, object>
            {
                ["kind"] = "provenance",
                ["confidence"] = edge.Confidence,
                ["undetermined"] = edge.Undetermined,
                ["external"] = edge.FromExternal,
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
    private static string? Weighed(IReadOnlyList<Lineage.Provenance.Evidence> evidence)
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
