using System.Globalization;
using System.Text;
using System.Xml;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Pan;

/// <summary>
/// Reads and writes PAN's XML: <c>&lt;document reference="suspicious-documentN.txt"&gt;</c> holding one
/// <c>&lt;feature&gt;</c> per case or detection (PAN-PC-09 … PAN 2015 text alignment). Like PAN's own
/// scorer, a feature counts when its name ends in "plagiarism", so gold (<c>plagiarism</c>) and
/// detections (<c>detected-plagiarism</c>) read the same way, and other features (<c>about</c>,
/// <c>language</c>) are left out. Also like that scorer, any child element of <c>&lt;document&gt;</c>
/// with such a name counts, whatever its tag: hand-made corpora misspell it (the Indonesian PAN-format
/// corpus has a <c>&lt;featue&gt;</c>), and dropping the case would score differently from PAN.
/// </summary>
public static class PanXml
{
    public const string CaseFeature = "plagiarism";
    public const string DetectionFeature = "detected-plagiarism";

    /// <summary>Reads one file; throws <see cref="InvalidDataException"/> saying what is wrong when it is not PAN XML.</summary>
    /// <param name="warnings">Told, by file name, of anything read that is not quite PAN XML (a misspelled element).</param>
    public static PanXmlFile Read(Stream stream, string name, ICollection<ReadProblem>? warnings = null)
    {
        // No DTDs: the corpora have none, and prohibiting them rules out entity expansion attacks.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null };
        try
        {
            using var xml = XmlReader.Create(stream, settings);
            xml.MoveToContent();
            if (xml.LocalName != "document") throw new InvalidDataException($"the root element is <{xml.LocalName}>, not <document>");
            var reference = xml.GetAttribute("reference");
            if (string.IsNullOrWhiteSpace(reference)) throw new InvalidDataException("<document> has no reference attribute naming the suspicious document");
            var annotations = new List<PanAnnotation>();
            var number = 0;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1) continue;
                number++;
                if (xml.GetAttribute("name") is not { } featureName || !featureName.EndsWith(CaseFeature, StringComparison.Ordinal)) continue;
                if (xml.LocalName != "feature")
                    warnings?.Add(new ReadProblem(name, $"element {number} is <{xml.LocalName}>, not <feature>; read as a feature, as PAN's scorer does", Skipped: false));
                annotations.Add(ReadFeature(xml, reference, number));
            }
            return new PanXmlFile(name, reference, annotations);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"not well-formed XML: {e.Message}", e);
        }
    }

    public static PanXmlFile Read(string path, string name, ICollection<ReadProblem>? warnings = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, name, warnings);
    }

    /// <summary>Writes one file for <paramref name="reference"/>, every annotation as a feature called <paramref name="featureName"/>.</summary>
    public static void Write(Stream stream, string reference, IReadOnlyList<PanAnnotation> annotations, string featureName = DetectionFeature)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("document");
        xml.WriteAttributeString("reference", reference);
        foreach (var a in annotations)
        {
            xml.WriteStartElement("feature");
            xml.WriteAttributeString("name", featureName);
            if (a.Type is { } type) xml.WriteAttributeString("type", type);
            if (a.Obfuscation is { } obfuscation) xml.WriteAttributeString("obfuscation", obfuscation);
            xml.WriteAttributeString("this_offset", Number(a.SuspiciousSpan.Start));
            xml.WriteAttributeString("this_length", Number(a.SuspiciousSpan.Length));
            if (a.Source is { } source)
            {
                xml.WriteAttributeString("source_reference", source);
                xml.WriteAttributeString("source_offset", Number(a.SourceSpan.Start));
                xml.WriteAttributeString("source_length", Number(a.SourceSpan.Length));
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static PanAnnotation ReadFeature(XmlReader xml, string reference, int number)
    {
        var suspicious = new TextSpan(Required(xml, "this_offset", number), Required(xml, "this_length", number));
        var source = xml.GetAttribute("source_reference");
        var sourceOffset = xml.GetAttribute("source_offset");
        var sourceLength = xml.GetAttribute("source_length");
        string? sourceName = null;
        var sourceSpan = default(TextSpan);
        if (source is not null || sourceOffset is not null || sourceLength is not null)
        {
            if (string.IsNullOrWhiteSpace(source) || sourceOffset is null || sourceLength is null)
                throw new InvalidDataException($"feature {number}: source_reference, source_offset and source_length go together, and one is missing");
            sourceName = source;
            sourceSpan = new TextSpan(Required(xml, "source_offset", number), Required(xml, "source_length", number));
        }
        return new PanAnnotation(reference, suspicious, sourceName, sourceSpan)
        {
            Obfuscation = xml.GetAttribute("obfuscation"),
            Type = xml.GetAttribute("type"),
        };
    }

    private static int Required(XmlReader xml, string attribute, int number)
    {
        var text = xml.GetAttribute(attribute) ?? throw new InvalidDataException($"feature {number} has no {attribute}");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new InvalidDataException($"feature {number}: {attribute}=\"{text}\" is not a non-negative whole number");
        return value;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
