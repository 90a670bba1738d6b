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
                (0x04455BDD6157162DUL, 37), (0x0A6C7CA9611A2EDAUL, 39), (0x0BFF2D877F9637F6UL, 5), (0x11A11FF81235953FUL, 6),
                (0x1C2831C07B5FE31EUL, 7), (0x1C83C22885BC4C6CUL, 35), (0x1E4261C6315596A5UL, 45), (0x29F026420A6CF4FDUL, 14),
                (0x2CB00EED82270F5EUL, 21), (0x2D3FC911EFDBFF12UL, 30), (0x3321B7973AF46845UL, 29), (0x372D922FB8616330UL, 40),
                (0x387B7C7173A98953UL, 32), (0x3A583FBE1F97FFC7UL, 26), (0x40B033581ADB3DADUL, 22), (0x4174BEBE998D8991UL, 9),
                (0x5122999401B37E7FUL, 18), (0x54500B51DDDEAFAEUL, 3), (0x67EB4E05D2C02870UL, 43), (0x7C1318941F5DC391UL, 12),
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
            Assert.Equal(280, fingerprints.Hashes.Length);
            Assert.Equal((0x000384AA5495E53DUL, 485), (fingerprints.Hashes[0], fingerprints.Positions![0]));
            ulong checksum = 0;
            foreach (var hash in fingerprints.Hashes) checksum = unchecked(checksum * 31 + hash);
            Assert.Equal(0x2D78BAB791FD1374UL, checksum);
        }
    }
}
