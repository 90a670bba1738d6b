namespace Lineage.Text;

/// <summary>What a char is to the tokenizer.</summary>
internal enum CharClass : byte
{
    Separator = 0,
    /// <summary>A letter or digit: part of a word, emitted in folded form.</summary>
    WordChar,
    /// <summary>A combining mark, tatweel or soft hyphen: part of the word, emits nothing.</summary>
    Joiner,
    /// <summary>An apostrophe: joins letters ("don't", "Russia’s"), emits nothing.</summary>
    Apostrophe,
    /// <summary>A hyphen or dash, which may end a line inside a hyphenated word.</summary>
    Hyphen,
    /// <summary>A CJK ideograph or kana, written without spaces: one token per char.</summary>
    Ideograph,
}
