using System.Globalization;
using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// Text as it comes out of a PDF: hard line breaks at the column width, long lower-case words
/// hyphenated across lines ("oppo-\nsition"), compounds broken at their own hyphen ("US-\nled"),
/// justified lines padded with doubled spaces, a page number and running header every page, and
/// the stray no-break-space lines that extraction leaves between paragraphs.
/// </summary>
public static class PdfLayout
{
    public static string Render(string title, IReadOnlyList<string> paragraphs, Prng rng)
    {
        var width = rng.Next(72, 96);
        var justify = rng.Chance(0.4);
        var linesPerPage = rng.Next(42, 56);
        var runningHeader = title.Length > 60 ? title[..60] : title;
        var output = new StringBuilder(paragraphs.Count * 600);
        var line = new List<string>(24);
        var lineLength = 0;
        var lines = 0;
        var page = 1;

        void EndLine(bool lastOfParagraph)
        {
            if (line.Count == 0) return;
            var extra = justify && !lastOfParagraph ? width - lineLength : 0;
            for (var k = 0; k < line.Count; k++)
            {
                if (k > 0)
                {
                    output.Append(' ');
                    if (extra > 0 && rng.Chance(0.5)) { output.Append(' '); extra--; }
                }
                output.Append(line[k]);
            }
            output.Append('\n');
            line.Clear();
            lineLength = 0;
            if (++lines % linesPerPage == 0)
            {
                page++;
                output.Append('\n').Append(page.ToString(CultureInfo.InvariantCulture)).Append("\n\n").Append(runningHeader).Append("\n\n");
            }
        }

        output.Append(' ');
        foreach (var paragraph in paragraphs)
        {
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var needed = lineLength == 0 ? word.Length : lineLength + 1 + word.Length;
                if (needed <= width)
                {
                    line.Add(word);
                    lineLength = needed;
                    continue;
                }
                var room = width - lineLength - (lineLength == 0 ? 0 : 1);
                var hyphen = word.IndexOf('-');
                if (hyphen > 0 && hyphen + 1 <= room && hyphen < word.Length - 1)
                {
                    line.Add(word[..(hyphen + 1)]);
                    EndLine(false);
                    line.Add(word[(hyphen + 1)..]);
                    lineLength = word.Length - hyphen - 1;
                }
                else if (word.Length >= 8 && room >= 4 && IsLowerWord(word) && rng.Chance(0.6))
                {
                    var cut = Math.Min(room - 1, word.Length - 3);
                    cut = rng.Next(3, Math.Max(4, cut + 1));
                    line.Add(word[..cut] + "-");
                    EndLine(false);
                    line.Add(word[cut..]);
                    lineLength = word.Length - cut;
                }
                else
                {
                    EndLine(false);
                    line.Add(word);
                    lineLength = word.Length;
                }
            }
            EndLine(true);
            output.Append(rng.Chance(0.15) ? "\n\u00A0\n\n" : "\n");
        }
        return output.ToString();
    }

    private static bool IsLowerWord(string word)
    {
        foreach (var c in word)
            if (c is < 'a' or > 'z') return false;
        return true;
    }
}
