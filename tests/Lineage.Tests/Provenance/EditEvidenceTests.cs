using CsCheck;
using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Provenance;
using Lineage.Tests.Clustering;
using Lineage.Text;

namespace Lineage.Tests.Provenance;

/// <summary>
/// A pair's edit evidence (the differing words it quotes, and which side has the misspellings)
/// against the words copied out of the texts with their line endings replaced and looked up as
/// strings, as it was first written.
/// </summary>
public class EditEvidenceTests
{
    /// <summary>Words a typo may be, some holding line endings of each kind, and words the third document may hold.</summary>
    private static readonly string[] Words = ["recieved", "received", "the", "colour\r\nx", "colour\nx", "a\u2028b", "teh", "seperate", "separate", "x\fy", "z\rw"];

    private static readonly Gen<int[]> Texts = Gen.Int[0, Words.Length - 1].Array[1, 12];

    private static readonly Gen<(int[] A, int[] B, int[] C, (bool Typo, int A, int B)[] Edits)> Cases =
        Gen.Select(Texts, Texts, Texts, Gen.Select(Gen.Bool, Gen.Int[0, 11], Gen.Int[0, 11]).Array[0, 9]);

    private static (ExtractedDocument Article, TextSpan[] Spans) Article(int[] words, string id)
    {
        var spans = new TextSpan[words.Length];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) text.Append(' ');
            spans[i] = new TextSpan(text.Length, Words[words[i]].Length);
            text.Append(Words[words[i]]);
        }
        return (PlainArticle.Of(text.ToString(), id), spans);
    }

    [Fact]
    public void Quotes_and_weighs_the_words_their_copies_quote_and_weigh()
    {
        Cases.Sample(c =>
        {
            var (a, spansA) = Article(c.A, "a");
            var (b, spansB) = Article(c.B, "b");
            var (third, _) = Article(c.C, "c");
            var edits = c.Edits.Select(e => new Edit(e.Typo ? EditKind.Typo : EditKind.Substitution, spansA[e.A % spansA.Length], spansB[e.B % spansB.Length])).ToList();
            var passage = new Passage
            {
                A = new TextSpan(0, a.Document.Text.Length),
                B = new TextSpan(0, b.Document.Text.Length),
                WordsA = new TokenRange(0, 1),
                WordsB = new TokenRange(0, 1),
                AlignedWords = 1,
                Identity = 0.5,
                Edits = edits,
            };
            ExtractedDocument[] articles = [a, b, third];
            var edge = ProvenanceBuilder.Build(articles, [new DocumentPair(0, 1, new PairAlignment([passage], 0.5, 0.5))])[0];
            var evidence = edge.Evidence.SingleOrDefault(e => e.Kind == "edits");
            var expected = Reference(articles, edits);
            Assert.Equal(expected?.Detail, evidence?.Detail);
            // The edge points from the side it finds original: a weight the other way turns it round.
            if (expected is not null) Assert.Equal(Math.Abs(expected.Weight), Math.Abs(evidence!.Weight));
        }, iter: 400, threads: 1);
    }

    private static string Side(ExtractedDocument article, TextSpan span) => article.Document.Text.Substring(span.Start, span.Length).ReplaceLineEndings(" ");

    private static Evidence? Reference(ExtractedDocument[] articles, List<Edit> edits)
    {
        var typos = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edit in edits.Where(e => e.Kind == EditKind.Typo))
        {
            typos.Add(Side(articles[0], edit.A));
            typos.Add(Side(articles[1], edit.B));
        }
        var vocabulary = Vocabulary.Of(articles, typos);
        var differences = new List<string>();
        int aKnown = 0, bKnown = 0;
        foreach (var edit in edits)
        {
            var wordA = Side(articles[0], edit.A);
            var wordB = Side(articles[1], edit.B);
            if (differences.Count < 6) differences.Add($"“{wordA}”/“{wordB}”");
            if (edit.Kind != EditKind.Typo) continue;
            var knownA = vocabulary.ElsewhereThan(wordA, 0, 1);
            var knownB = vocabulary.ElsewhereThan(wordB, 0, 1);
            if (knownA && !knownB) aKnown++;
            if (knownB && !knownA) bKnown++;
        }
        if (differences.Count == 0) return null;
        var weight = aKnown > bKnown ? 0.5 : bKnown > aKnown ? -0.5 : 0;
        var verdict = weight > 0 ? "; b has the misspellings" : weight < 0 ? "; a has the misspellings" : "";
        return new Evidence("edits", $"a/b differ in {string.Join(", ", differences)}{verdict}", weight);
    }
}
