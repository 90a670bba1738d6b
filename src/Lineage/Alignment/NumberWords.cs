using System.Collections.Frozen;

namespace Lineage.Alignment;

/// <summary>
/// Number words of English and French, folded as the tokenizer folds them, with the digits they
/// stand for: a rewrite that spells "9" as "nine" or "neuf" keeps the same term. French "un" and
/// "une" are left out: they are the indefinite article far more often than the number.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, string> Digits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5",
        ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11",
        ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16",
        ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30",
        ["forty"] = "40", ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80",
        ["ninety"] = "90", ["hundred"] = "100", ["thousand"] = "1000",
        ["deux"] = "2", ["trois"] = "3", ["quatre"] = "4", ["cinq"] = "5", ["sept"] = "7", ["huit"] = "8",
        ["neuf"] = "9", ["dix"] = "10", ["onze"] = "11", ["douze"] = "12", ["treize"] = "13", ["quatorze"] = "14",
        ["quinze"] = "15", ["seize"] = "16", ["vingt"] = "20", ["trente"] = "30", ["quarante"] = "40",
        ["cinquante"] = "50", ["soixante"] = "60", ["cent"] = "100", ["mille"] = "1000",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The digits a folded number word stands for, or null for any other word.</summary>
    public static string? DigitsOf(string folded) => Digits.GetValueOrDefault(folded);
}
