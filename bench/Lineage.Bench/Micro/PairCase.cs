using System.Text;
using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Bench.Micro;

/// <summary>Two texts to align, tokenized beforehand as the scanner has them when it aligns.</summary>
public sealed class PairCase : ISizedInput
{
    public PairCase(string name, string a, string b, int anchorNGram)
    {
        Name = name;
        A = Tokenizer.Tokenize(a);
        B = Tokenizer.Tokenize(b);
        IndexA = AnchorIndex.Of(A, anchorNGram);
        IndexB = AnchorIndex.Of(B, anchorNGram);
        Bytes = Encoding.UTF8.GetByteCount(a) + Encoding.UTF8.GetByteCount(b);
    }

    public string Name { get; }
    public TokenList A { get; }
    public TokenList B { get; }
    public AnchorIndex IndexA { get; }
    public AnchorIndex IndexB { get; }

    public long Bytes { get; }

    public override string ToString() => Name;
}
