using System.Text;
using Lineage.Text;

namespace Lineage.Bench.Micro;

/// <summary>One text to tokenize and fingerprint, named for the summary table.</summary>
public sealed class TextCase : ISizedInput
{
    public TextCase(string name, string text)
    {
        Name = name;
        Text = text;
        View = TextView.Identity(text);
        Tokens = Tokenizer.Tokenize(View);
        Bytes = Encoding.UTF8.GetByteCount(text);
    }

    public string Name { get; }
    public string Text { get; }
    public TextView View { get; }

    /// <summary>The text tokenized once, for the benchmarks that start from words.</summary>
    public TokenList Tokens { get; }

    /// <summary>UTF-8 bytes, as the file on disk would have.</summary>
    public long Bytes { get; }

    public override string ToString() => Name;
}
