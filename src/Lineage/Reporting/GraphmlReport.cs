using System.Xml;

namespace Lineage.Reporting;

/// <summary>
/// The reuse and provenance network as GraphML (graphml.graphdrawing.org), for networkx,
/// Cytoscape, Gephi and yEd: every attribute declared as a typed key, then the nodes and edges of
/// the <see cref="ReuseNetwork"/>.
/// </summary>
public static class GraphmlReport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(ReuseNetwork network, Stream output)
    {
        using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        WriteKey(xml, "label", "node", "label", NetworkValueType.String);
        foreach (var a in ReuseNetwork.NodeAttributes) WriteKey(xml, "n_" + a.Name, "node", a.Name, a.Type);
        foreach (var a in ReuseNetwork.EdgeAttributes) WriteKey(xml, "e_" + a.Name, "edge", a.Name, a.Type);

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "reuse");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in network.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            WriteData(xml, "label", node.Label);
            WriteValues(xml, "n_", ReuseNetwork.NodeAttributes, node.Values);
            xml.WriteEndElement();
        }
        foreach (var edge in network.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            WriteValues(xml, "e_", ReuseNetwork.EdgeAttributes, edge.Values);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, string id, string kind, string name, NetworkValueType type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", kind);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type switch
        {
            NetworkValueType.Integer => "int",
            NetworkValueType.Double => "double",
            NetworkValueType.Boolean => "boolean",
            _ => "string",
        });
        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, string prefix, IReadOnlyList<NetworkAttribute> attributes, IReadOnlyDictionary<string, object> values)
    {
        foreach (var a in attributes)
            if (values.TryGetValue(a.Name, out var value)) WriteData(xml, prefix + a.Name, NetworkAttribute.Format(value));
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlOutput.Clean(value));
        xml.WriteEndElement();
    }
}
