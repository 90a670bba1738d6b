using Lineage.Text;

namespace Lineage.Tests.Text;

public partial class TokenizerTests
{
    /// <summary>
    /// The words of a few tricky strings, pinned: where each starts and ends, its folded form and
    /// its hash. A store's postings hash these words; if a word, span or fold changes (a char
    /// table, a rule for hyphens or apostrophes, a new Unicode version in the runtime), the change
    /// is a new format and <see cref="Tokenizer.Version"/> must be bumped with it; a changed hash
    /// alone bumps <see cref="TokenHash.Version"/>. Pinned, not endorsed:
    /// "ﬁ" folds to "f" and "ß" stays as it is.
    /// </summary>
    public class Golden
    {
        public static TheoryData<string, (string Folded, int Start, int End, ulong Hash)[]> Cases => new()
        {
            {
                "Déjà-vu: DON'T panic — Russia’s \"oppo-\nsition\" US-\nled",
                [
                    ("deja", 0, 4, 0xBE507D1F912D1E82UL),
                    ("vu", 5, 7, 0x673A41F6A870710CUL),
                    ("dont", 9, 14, 0xD65546BE930AAC50UL),
                    ("panic", 15, 20, 0x42E78458D750B382UL),
                    ("russias", 23, 31, 0xCAE4891E9A9BAB93UL),
                    ("opposition", 33, 45, 0x1A3B346BD8174564UL),
                    ("us", 47, 49, 0xF1320AE01A92BB79UL),
                    ("led", 51, 54, 0x321293618EB7A5E1UL),
                ]
            },
            {
                "Deir ez-Zor 62 ١٢٣ الزّور دير 日本語 ﬁne Straße naïve e\u0301te",
                [
                    ("deir", 0, 4, 0x98763381DC57C01DUL),
                    ("ez", 5, 7, 0xDCFAA6900932598BUL),
                    ("zor", 8, 11, 0x835AD1819395087CUL),
                    ("62", 12, 14, 0xD8BF98BD05829661UL),
                    ("١٢٣", 15, 18, 0x607220BD2ECF6419UL),
                    ("الزور", 19, 25, 0x10571EE35993C966UL),
                    ("دير", 26, 29, 0x717A8E814A1CDA12UL),
                    ("日", 30, 31, 0xB4F652700F5587D4UL),
                    ("本", 31, 32, 0xADB9C75A02605DABUL),
                    ("語", 32, 33, 0xECBDB9D81E787EE8UL),
                    ("fne", 34, 37, 0xF62EAE9A7BCD5B53UL),
                    ("straße", 38, 44, 0xFC3D0F45DE6C34DEUL),
                    ("naive", 45, 50, 0x0035A675DAE791E4UL),
                    ("ete", 51, 55, 0xD1DAB62EFCEEE275UL),
                ]
            },
            {
                "x\u00ADy a\u200Db ...",
                [
                    ("xy", 0, 3, 0xB3A80C2A53BA2868UL),
                    ("ab", 4, 7, 0x50E9FE6F7FB8A296UL),
                ]
            },
        };

        [Fact]
        public void Is_the_version_these_words_belong_to() => Assert.Equal(1, Tokenizer.Version);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Reads_the_pinned_words_spans_and_hashes(string text, (string Folded, int Start, int End, ulong Hash)[] expected)
        {
            var tokens = Tokenizer.Tokenize(text);
            var actual = new (string, int, int, ulong)[tokens.Count];
            for (var i = 0; i < tokens.Count; i++) actual[i] = (tokens.FoldedOf(i).ToString(), tokens.Starts[i], tokens.Ends[i], tokens.Hashes[i]);
            Assert.Equal(expected, actual);
        }
    }
}
