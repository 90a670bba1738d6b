using System.Xml;

namespace Lineage.Reporting;

/// <summary>
/// The reuse and provenance network as GEXF 1.3 (gexf.net), Gephi's own format: the attributes
/// declared with their types, then the nodes and edges of the <see cref="ReuseNetwork"/>. A reuse
/// edge's weight is its shared words, so Gephi draws heavier reuse thicker.
/// </summary>
public static class GexfReport
{
    private const string Namespace = "http://gexf.net/1.3";

    public static void Write(ReuseNetwork network, Stream output)
    {
        using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Lineage");
        xml.WriteElementString("description", Namespace, "Documents, sites and external sources; reuse, provenance and site edges");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");
        WriteDeclarations(xml, "node", ReuseNetwork.NodeAttributes);
        WriteDeclarations(xml, "edge", ReuseNetwork.EdgeAttributes);

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in network.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", XmlOutput.Clean(node.Label));
            WriteValues(xml, ReuseNetwork.NodeAttributes, node.Values);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Namespace);
        foreach (var edge in network.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            if (edge.Values.TryGetValue("sharedWords", out var words)) xml.WriteAttributeString("weight", NetworkAttribute.Format(words));
            WriteValues(xml, ReuseNetwork.EdgeAttributes, edge.Values);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // Attribute ids are their positions, as Gephi writes them; titles are the names readers show.
    private static void WriteDeclarations(XmlWriter xml, string kind, IReadOnlyList<NetworkAttribute> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", kind);
        for (var i = 0; i < attributes.Count; i++)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", attributes[i].Name);
            xml.WriteAttributeString("type", attributes[i].Type switch
            {
                NetworkValueType.Integer => "integer",
                NetworkValueType.Double => "double",
                NetworkValueType.Boolean => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, IReadOnlyList<NetworkAttribute> attributes, IReadOnlyDictionary<string, object> values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        for (var i = 0; i < attributes.Count; i++)
        {
            if (!values.TryGetValue(attributes[i].Name, out var value)) continue;
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("value", XmlOutput.Clean(NetworkAttribute.Format(value)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
