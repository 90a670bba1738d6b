using System.Text;
using Lineage.Pan;
using Lineage.Text;

namespace Lineage.Tests.Pan;

/// <summary>
/// A PAN-format corpus the tests write for themselves (PAN's own corpora may not be shipped):
/// <c>susp/</c>, <c>src/</c>, a pairs file and one gold file per pair. Suspicious document 1 starts
/// with a byte-order mark and holds a verbatim copy of 60 words of source document 1; document 2
/// is plagiarism-free. Words are seeded random letters, so every word 3-gram is unique.
/// </summary>
internal sealed class TinyPanCorpus : IDisposable
{
    private readonly TempFolder folder = new();

    public TinyPanCorpus()
    {
        var random = new Random(2013);
        var source = Words(random, 300);
        var ownBefore = Words(random, 150);
        var ownAfter = Words(random, 100);
        var clean = Words(random, 200);

        var sourceText = new StringBuilder();
        var copyStartInSource = 0;
        var copyEndInSource = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (i > 0) sourceText.Append(i % 12 == 0 ? '\n' : ' ');
            if (i == 100) copyStartInSource = sourceText.Length;
            sourceText.Append(source[i]);
            if (i == 159) copyEndInSource = sourceText.Length;
        }
        var copied = sourceText.ToString(copyStartInSource, copyEndInSource - copyStartInSource);

        var suspiciousText = new StringBuilder(string.Join(' ', ownBefore)).Append(".\n\n");
        var copyStartInSuspicious = suspiciousText.Length;
        suspiciousText.Append(copied);
        var copyEndInSuspicious = suspiciousText.Length;
        suspiciousText.Append("\n\n").Append(string.Join(' ', ownAfter)).Append(".\n");

        // PAN counts the byte-order mark as char 0, so every gold offset of document 1 is one more.
        Case = new PanAnnotation(Suspicious1, TextSpan.FromBounds(copyStartInSuspicious + 1, copyEndInSuspicious + 1), Source1,
            TextSpan.FromBounds(copyStartInSource, copyEndInSource))
        { Obfuscation = "none", Type = "artificial" };

        folder.Write($"src/{Source1}", sourceText.ToString());
        folder.Write($"susp/{Suspicious1}", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(suspiciousText.ToString())]);
        folder.Write($"susp/{Suspicious2}", string.Join(' ', clean) + ".\n");
        folder.Write("pairs", $"{Suspicious1} {Source1}\n{Suspicious2} {Source1}\n");
        WriteGold($"{Path.GetFileNameWithoutExtension(Suspicious1)}-{Path.GetFileNameWithoutExtension(Source1)}.xml", Suspicious1, [Case]);
        WriteGold($"{Path.GetFileNameWithoutExtension(Suspicious2)}-{Path.GetFileNameWithoutExtension(Source1)}.xml", Suspicious2, []);
    }

    public const string Suspicious1 = "suspicious-document00001.txt";
    public const string Suspicious2 = "suspicious-document00002.txt";
    public const string Source1 = "source-document00001.txt";

    /// <summary>The one plagiarism case, in PAN offsets.</summary>
    public PanAnnotation Case { get; }

    public string Root => folder.Path;
    public string SuspiciousFolder => Path.Combine(folder.Path, "susp");
    public string SourceFolder => Path.Combine(folder.Path, "src");
    public string PairsFile => Path.Combine(folder.Path, "pairs");
    public string GoldFolder => Path.Combine(folder.Path, "gold");
    public string OutputFolder => Path.Combine(folder.Path, "out");

    public string Write(string name, string text) => folder.Write(name, text);

    /// <summary>The text PAN's offsets index: the file decoded with a BOM kept as U+FEFF.</summary>
    public string PanTextOf(string relative) => new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(folder.Path, relative)));

    public void Dispose() => folder.Dispose();

    private void WriteGold(string name, string reference, PanAnnotation[] cases)
    {
        Directory.CreateDirectory(GoldFolder);
        using var stream = File.Create(Path.Combine(GoldFolder, name));
        PanXml.Write(stream, reference, cases, PanXml.CaseFeature);
    }

    private static string[] Words(Random random, int count)
    {
        var words = new string[count];
        Span<char> letters = stackalloc char[10];
        for (var i = 0; i < count; i++)
        {
            var length = random.Next(3, 10);
            for (var k = 0; k < length; k++) letters[k] = (char)('a' + random.Next(26));
            words[i] = new string(letters[..length]);
        }
        return words;
    }
}
