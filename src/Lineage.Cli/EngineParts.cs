namespace Lineage.Cli;

/// <summary>Which engine options a command offers: only those that change what it does.</summary>
[Flags]
internal enum EngineParts
{
    /// <summary><c>--max-doc-mb</c>, <c>--jsonl-field</c>.</summary>
    Read = 1,
    /// <summary><c>--ngram</c>, <c>--window</c>, <c>--max-df</c>: how documents are paired.</summary>
    Pairing = 2,
    /// <summary><c>--min-words</c>: the shortest passage reported.</summary>
    Passages = 4,
    /// <summary><c>--whole-text</c>.</summary>
    WholeText = 8,
    /// <summary><c>--threads</c>.</summary>
    Threads = 16,
    All = Read | Pairing | Passages | WholeText | Threads,
    /// <summary><c>--verbatim-only</c>: offered where rewrites are looked for (<c>scan</c>, <c>compare</c>).</summary>
    Rewrites = 32,
}
