using Lineage.Text;

namespace Lineage.Tests.Text;

/// <summary>
/// The hash values a store keeps on disk, pinned. A store made with one value and read with
/// another would match nothing and say nothing: if any value here changes, the change is a new
/// format, and <see cref="TokenHash.Version"/> must be bumped with it (stores made before are then
/// refused with the command that re-indexes them).
/// </summary>
public class TokenHashTests
{
    [Fact]
    public void Is_the_version_these_values_belong_to() => Assert.Equal(1, TokenHash.Version);

    [Theory]
    [InlineData("", 0xEFD01F60BA992926UL)]
    [InlineData("the", 0xCB3FF435B889FB31UL)]
    [InlineData("syria", 0x7E61B668FC6B106FUL)]
    [InlineData("deir", 0xD62F71FFCC3F21F9UL)]
    [InlineData("ezzor", 0xD68B10F100012A98UL)]
    [InlineData("62", 0x913E6A281BF0F67BUL)]
    [InlineData("الزور", 0x2E0282BB9548E6A0UL)]
    [InlineData("日", 0x35D2D22C0CB14CD0UL)]
    [InlineData("ß", 0x7058FBC095E11C7DUL)]
    public void Hashes_a_folded_word_to_its_pinned_value(string folded, ulong expected) =>
        Assert.Equal(expected, TokenHash.Of(folded));

    [Fact]
    public void Hashes_a_word_sequence_to_its_pinned_value_and_in_order()
    {
        ulong[] words = [TokenHash.Of("the"), TokenHash.Of("syria")];
        Assert.Equal(0xAEE2B05DA9DA9076UL, TokenHash.Combine(words));
        Assert.Equal(0x9CA066F1A4AB2EEAUL, TokenHash.Combine([]));
        Assert.NotEqual(TokenHash.Combine(words), TokenHash.Combine([words[1], words[0]]));
    }
}
