using System.Buffers;
using System.Text;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

public class OrderedBlocksTests
{
    /// <summary>Block i: its number, repeated a number of times that varies, so batches differ in size.</summary>
    private static void Block(int i, IBufferWriter<byte> buffer) =>
        Encoding.UTF8.GetBytes($"<{i}:{new string('x', i * 7 % 50)}>", buffer);

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(63, 2)]
    [InlineData(64, 3)]
    [InlineData(65, 2)]
    [InlineData(1000, 2)]
    [InlineData(1000, 4)]
    [InlineData(300, 1)]
    public void Blocks_made_on_several_threads_are_written_as_one_after_another(int count, int threads)
    {
        using var expected = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            var buffer = new ArrayBufferWriter<byte>();
            Block(i, buffer);
            expected.Write(buffer.WrittenSpan);
        }
        using var written = new MemoryStream();

        OrderedBlocks.Write(written, count, threads, Block);

        Assert.Equal(expected.ToArray(), written.ToArray());
    }
}
