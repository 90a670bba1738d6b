using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Tests.Fingerprints;

public class DocumentFingerprintsTests
{
    /// <summary>
    /// The winnowed fingerprints of fixed texts, pinned: a store's postings are these values. A
    /// change to the n-gram hash or to winnowing changes them, and is a new format: bump
    /// <see cref="TokenHash.Version"/> with it.
    /// </summary>
    public class Golden
    {
        private const string Text =
            "On September 17, two F-16 and two A-10 jets of the US-led coalition struck Syrian army positions near the airport " +
            "of Deir ez-Zor, killing at least 62 soldiers. The coalition said the strike was a mistake; Damascus called it " +
            "blatant aggression. Within an hour the positions were overrun.";

        [Fact]
        public void Keeps_the_pinned_fingerprints_of_a_fixed_text_with_the_position_of_each()
        {
            var fingerprints = DocumentFingerprints.Compute(Tokenizer.Tokenize(Text), new FingerprintOptions());

            (ulong Hash, int Position)[] expected =
            [
                (0x00E3BA42CA4B5B67UL, 12), (0x01746EF3C720A7F1UL, 17), (0x049408C03405701CUL, 13), (0x06A12E03F5C55078UL, 41),
                (0x1079355E724FB4D3UL, 22), (0x139EC1127BD75DACUL, 7), (0x141AAC5A458FC554UL, 30), (0x17A587DD8F341C4AUL, 47),
                (0x1F975842C2450593UL, 36), (0x232E8D5AC1ED4A03UL, 43), (0x23A70CDADD65B2B0UL, 21), (0x25F4663CC6CDC1E6UL, 5),
                (0x288AEB4A646E8304UL, 34), (0x2C0AC12B7AEBE4B1UL, 27), (0x301AB942B5EE42ACUL, 9), (0x303ED466A42CD17EUL, 4),
                (0x38412290A436F4E7UL, 2), (0x3B025BCCBD8A5A4CUL, 23), (0x5BCF8279AD8F7672UL, 37),
            ];
            Assert.Equal(52, fingerprints.Words);
            var actual = new (ulong, int)[fingerprints.Hashes.Length];
            for (var i = 0; i < actual.Length; i++) actual[i] = (fingerprints.Hashes[i], fingerprints.Positions![i]);
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void Keeps_the_pinned_fingerprints_of_a_sample_article()
        {
            var fingerprints = DocumentFingerprints.Compute(Tokenizer.Tokenize(SampleCorpus.Text("000")), new FingerprintOptions());

            Assert.Equal(724, fingerprints.Words);
            Assert.Equal(286, fingerprints.Hashes.Length);
            Assert.Equal((0x001675B8A5D32E78UL, 461), (fingerprints.Hashes[0], fingerprints.Positions![0]));
            ulong checksum = 0;
            foreach (var hash in fingerprints.Hashes) checksum = unchecked(checksum * 31 + hash);
            Assert.Equal(0xDD51D600BE0BF787UL, checksum);
        }
    }
}
