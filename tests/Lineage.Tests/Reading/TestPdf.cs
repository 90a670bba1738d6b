using System.Globalization;
using System.Text;

namespace Lineage.Tests.Reading;

/// <summary>
/// Writes the smallest valid PDF that shows the given lines in Helvetica, one array of lines per
/// page, with a cross-reference table whose byte offsets are computed as it is written (PDF 1.7,
/// ISO 32000-1 §7.5). A page with no lines gets a drawn rectangle and no text, like a scan.
/// </summary>
internal static class TestPdf
{
    public static byte[] Build(params string[][] pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, filled in once the page objects are numbered
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<string>();
        foreach (var lines in pages)
        {
            var content = lines.Length == 0 ? "0.5 g 72 72 468 648 re f" : Text(lines);
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
            var contentNumber = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contentNumber} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            kids.Add($"{objects.Count} 0 R");
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {pages.Length} >>";

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, two-byte line end (§7.5.4).
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        // Latin-1 so that one char is one byte and the offsets above are byte offsets.
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Text(string[] lines)
    {
        var text = new StringBuilder("BT /F1 12 Tf 14 TL 72 720 Td");
        foreach (var line in lines) text.Append(" (").Append(Escape(line)).Append(") Tj T*");
        return text.Append(" ET").ToString();
    }

    private static string Escape(string line) => line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
