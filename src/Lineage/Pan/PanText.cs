using Lineage.Pipeline;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Pan;

/// <summary>
/// A PAN corpus document, read and tokenized once, with the way from Lineage's offsets to PAN's.
/// PAN's tools read documents with a decoder that keeps a UTF-8 byte-order mark as the char
/// U+FEFF (the text-alignment baseline opens them with Python's <c>codecs.open(path, 'r', 'utf-8')</c>;
/// Java's <c>InputStreamReader</c> does the same), so in a file with a BOM every PAN offset is one
/// more than the same place in our decoded text, which has the BOM removed. Chars are UTF-16 code
/// units on both sides, as in Java, which built the PAN corpora; a tool counting code points would
/// differ only after a char outside the Basic Multilingual Plane.
/// </summary>
public sealed class PanText
{

    private PanText(string name, Document document, TokenList tokens, int shift)
    {
        Name = name;
        Document = document;
        Tokens = tokens;
        Shift = shift;
    }

    /// <summary>The file name PAN references the document by.</summary>
    public string Name { get; }

    public Document Document { get; }

    public TokenList Tokens { get; }

    /// <summary>What to add to an offset into <see cref="Document"/>'s text to get PAN's offset: 1 after a UTF-8 BOM, else 0.</summary>
    public int Shift { get; }

    public TextSpan ToPan(TextSpan span) => new(span.Start + Shift, span.Length);

    /// <summary>Reads a document as plain text whatever its extension; null, with the reason in <paramref name="problems"/>, when it cannot be read or holds no words.</summary>
    public static PanText? Read(string path, ICollection<ReadProblem> problems)
    {
        if (DocumentReader.ReadAsPlainText(path, problems, out var hadByteOrderMark) is not { } document) return null;
        return new PanText(Path.GetFileName(path), document, TokenizeStage.Words(document.View), hadByteOrderMark ? 1 : 0);
    }
}
