using System.Text;

namespace Lineage.Tests.Reading.Fuzzing;

/// <summary>
/// Mutates a seed input as a coverage-blind fuzzer does (AFL's havoc stage): bit flips, bytes set
/// to values parsers care about, ranges deleted, repeated or spliced from another seed, tokens of
/// the formats inserted (sometimes thousands of times over, to reach depth and size limits) and
/// truncation. Every choice comes from one <see cref="Random"/>, so a seed number replays an input.
/// </summary>
internal static class InputMutator
{
    public const int MaxBytes = 256 * 1024;

    private static readonly byte[] Interesting = [0, 0x01, 0x1B, 0x7F, 0x80, 0xBF, 0xC0, 0xED, 0xEF, 0xF0, 0xFE, 0xFF,
        (byte)'<', (byte)'>', (byte)'/', (byte)'"', (byte)'\'', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']',
        (byte)'\n', (byte)'\r', (byte)'&', (byte)';', (byte)'=', (byte)':', (byte)'#', (byte)'*', (byte)'>', (byte)'-', (byte)' '];

    private static readonly byte[][] Tokens = [.. new[]
    {
        "<div>", "</div>", "<b>", "<svg", "<svg>", "</svg>", "<math>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "<head>",
        "</head>", "<body>", "<p>", "<h1>", "</h1>", "<meta charset=\"utf-7\">", "<meta charset=UTF-8>", "<meta charset=\"x-bogus\">",
        " a=1", " style=\"display:none\"", " hidden", "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&", "\\ud800", "\\udc00",
        "\\u0000", "\\\"", "\":\"", "{\"text\":\"", "\"}", "{", "[", "]", "}", ",", "null", "1e999", "-0", "\uFEFF", "\r\n", "\n\n",
        "\f", "\t", "> ", "- ", "* ", "1. ", "#", "```", "    ", "[x](", ")", "![", "**", "_", "`", "|", "---", "<http://a>",
        "WARC/1.0\r\n", "WARC-Type: response\r\n", "Content-Length: 0\r\n", "Content-Length: 99999999999\r\n", "Content-Length: -1\r\n",
        "Content-Type: application/http; msgtype=response\r\n", "HTTP/1.1 200 OK\r\n", "Content-Type: text/html; charset=utf-7\r\n",
        "Content-Encoding: br\r\n", "Content-Encoding: gzip\r\n", "Content-Encoding: deflate\r\n", "Transfer-Encoding: chunked\r\n",
        "0\r\n\r\n", "ffffffff\r\n", "1;a=b\r\n", "\r\n\r\n", "\u0085", "\u2028", "\U0001F600", "é", "ł",
    }.Select(Encoding.UTF8.GetBytes)];

    public static byte[] Mutate(IReadOnlyList<byte[]> seeds, Random random)
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var rounds = 1 + random.Next(random.Next(2) == 0 ? 4 : 16);
        for (var round = 0; round < rounds; round++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
            switch (random.Next(9))
            {
                case 0 when data.Count > 0:
                    var flip = Math.Min(at, data.Count - 1);
                    data[flip] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2 when data.Count > 0:
                    var length = Math.Min(data.Count - Math.Min(at, data.Count), 1 + random.Next(random.Next(2) == 0 ? 8 : 512));
                    data.RemoveRange(Math.Min(at, data.Count), length);
                    break;
                case 3:
                    var bytes = new byte[1 + random.Next(32)];
                    random.NextBytes(bytes);
                    data.InsertRange(at, bytes);
                    break;
                case 4 when data.Count > 0:
                    var start = random.Next(data.Count);
                    var span = data.GetRange(start, Math.Min(data.Count - start, 1 + random.Next(64)));
                    var times = 1 + random.Next(random.Next(4) == 0 ? 2000 : 8);
                    for (var t = 0; t < times && data.Count < MaxBytes; t++) data.InsertRange(at, span);
                    break;
                case 5:
                case 6:
                    var token = Tokens[random.Next(Tokens.Length)];
                    var repeat = random.Next(8) == 0 ? 1 + random.Next(5000) : 1;
                    for (var t = 0; t < repeat && data.Count < MaxBytes; t++) data.InsertRange(at, token);
                    break;
                case 7:
                    var other = seeds[random.Next(seeds.Count)];
                    if (other.Length == 0) break;
                    var from = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(1024))).ToArray());
                    break;
                case 8 when data.Count > 1 && random.Next(4) == 0:
                    data.RemoveRange(at == data.Count ? data.Count - 1 : at, data.Count - (at == data.Count ? data.Count - 1 : at));
                    break;
            }
            if (data.Count > MaxBytes) data.RemoveRange(MaxBytes, data.Count - MaxBytes);
        }
        return [.. data];
    }
}
