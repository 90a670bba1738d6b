using Lineage.Text;

namespace Lineage.Tests.Text;

public partial class TokenizerTests
{
    /// <summary>
    /// The words of a few tricky strings, pinned: where each starts and ends, its folded form and
    /// its hash. A store's postings hash these words; if any of them changes (a char table, a
    /// rule for hyphens or apostrophes, a new Unicode version in the runtime), the change is a new
    /// format and <see cref="Tokenizer.Version"/> must be bumped with it. Pinned, not endorsed:
    /// "ﬁ" folds to "f" and "ß" stays as it is.
    /// </summary>
    public class Golden
    {
        public static TheoryData<string, (string Folded, int Start, int End, ulong Hash)[]> Cases => new()
        {
            {
                "Déjà-vu: DON'T panic — Russia’s \"oppo-\nsition\" US-\nled",
                [
                    ("deja", 0, 4, 0xB40392443FBA92D1UL),
                    ("vu", 5, 7, 0xC30B6CC639E9F5FAUL),
                    ("dont", 9, 14, 0xF5E82553DDAF91DBUL),
                    ("panic", 15, 20, 0xED63ADEE01F25675UL),
                    ("russias", 23, 31, 0x5FAA90FDDC2C11E8UL),
                    ("opposition", 33, 45, 0x1BB8A217E7703E82UL),
                    ("us", 47, 49, 0x29CD74077D760AC9UL),
                    ("led", 51, 54, 0x46C8892CBCFFF075UL),
                ]
            },
            {
                "Deir ez-Zor 62 ١٢٣ الزّور دير 日本語 ﬁne Straße naïve e\u0301te",
                [
                    ("deir", 0, 4, 0xD62F71FFCC3F21F9UL),
                    ("ez", 5, 7, 0x21A5162C88DF48DFUL),
                    ("zor", 8, 11, 0xF2A6E1C87BE7316EUL),
                    ("62", 12, 14, 0x913E6A281BF0F67BUL),
                    ("١٢٣", 15, 18, 0x29B6A9886D706191UL),
                    ("الزور", 19, 25, 0x2E0282BB9548E6A0UL),
                    ("دير", 26, 29, 0x9B20258F1C42D797UL),
                    ("日", 30, 31, 0x35D2D22C0CB14CD0UL),
                    ("本", 31, 32, 0xEF785EC0197A7777UL),
                    ("語", 32, 33, 0xBDAD7FBEAA2016F8UL),
                    ("fne", 34, 37, 0x40F28F71B5D32B24UL),
                    ("straße", 38, 44, 0xB021AA62C5226866UL),
                    ("naive", 45, 50, 0x09044E39438F58F0UL),
                    ("ete", 51, 55, 0x5681E4535ACC044BUL),
                ]
            },
            {
                "x\u00ADy a\u200Db ...",
                [
                    ("xy", 0, 3, 0x7BC93038993BF276UL),
                    ("ab", 4, 7, 0xDA71CBD11DD9BDE4UL),
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
