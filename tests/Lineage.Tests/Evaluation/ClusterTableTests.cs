using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class ClusterTableTests
{
    private static ClusterTable Parse(string text) => ClusterTable.Parse("t.csv", new StringReader(text));

    public class Reading
    {
        [Fact]
        public void Reads_rows_by_id_with_quoted_fields_and_windows_line_ends()
        {
            var table = Parse("id,path,story\r\na,\"/x/a, b.txt\",1\r\n\"b\",\"say \"\"hi\"\"\nthere\",2\r\n");
            Assert.Equal(["id", "path", "story"], table.Columns);
            Assert.Equal(2, table.Count);
            Assert.Equal("2", table.Label(table.RowOfId["b"], "story"));
            Assert.Equal("/x/a, b.txt", table.Label(table.RowOfId["a"], "path"));
            Assert.Equal("say \"hi\"\nthere", table.Label(table.RowOfId["b"], "path"));
        }

        [Fact]
        public void Skips_blank_lines_and_keeps_empty_labels()
        {
            var table = Parse("id,story\na,\n\nb,3");
            Assert.Equal(2, table.Count);
            Assert.Equal("", table.Label(table.RowOfId["a"], "story"));
        }
    }

    public class Errors
    {
        [Theory]
        [InlineData("", "t.csv: empty file")]
        [InlineData("doc,story\na,1\n", "t.csv: no 'id' column")]
        [InlineData("id,story\na,1\nb,2,3\n", "t.csv:3: 3 fields where the header has 2")]
        [InlineData("id,story\na,1\na,2\n", "t.csv:3: id 'a' appears twice")]
        [InlineData("id,story\na,\"1\n", "t.csv:2: a quoted field is not closed")]
        [InlineData("id,story\na,\"1\"x\n", "t.csv:2: text after the closing quote")]
        [InlineData("id,story\n,1\n", "t.csv:2: empty id")]
        public void Name_the_file_the_line_and_the_problem(string text, string message)
        {
            var e = Assert.Throws<ClusterTableException>(() => Parse(text));
            Assert.StartsWith(message, e.Message);
        }

        [Fact]
        public void Name_a_file_that_cannot_be_read()
        {
            using var folder = new TempFolder();
            var path = Path.Combine(folder.Path, "missing.csv");
            var e = Assert.Throws<ClusterTableException>(() => ClusterTable.Read(path));
            Assert.StartsWith(path + ": cannot read", e.Message);
        }
    }
}
