using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// A table of results on stdout: with borders and fitted to the screen on a terminal; when stdout
/// is a file or a pipe, a header line and one line per row, cells separated by tabs and never cut
/// or wrapped, so ids and figures reach a script whole.
/// </summary>
internal sealed class ResultTable
{
    private readonly List<(string Header, bool Right)> columns = [];
    private readonly List<string[]> rows = [];

    public ResultTable Column(string header, bool rightAligned = false)
    {
        columns.Add((header, rightAligned));
        return this;
    }

    /// <summary>One row of plain text cells (no markup).</summary>
    public void Row(params string[] cells) => rows.Add(cells);

    public void Write()
    {
        if (!Terminal.OutIsInteractive)
        {
            var plain = Terminal.Plain;
            var headers = new string[columns.Count];
            for (var i = 0; i < columns.Count; i++) headers[i] = columns[i].Header;
            plain.WriteLine(string.Join('\t', headers));
            foreach (var row in rows) plain.WriteLine(string.Join('\t', Flat(row)));
            plain.Flush();
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (header, right) in columns)
        {
            var column = new TableColumn(Markup.Escape(header));
            table.AddColumn(right ? column.RightAligned() : column);
        }
        foreach (var row in rows)
        {
            var cells = new string[row.Length];
            for (var i = 0; i < row.Length; i++) cells[i] = Markup.Escape(row[i]);
            table.AddRow(cells);
        }
        Terminal.Out.Write(table);
    }

    // A tab or line break inside a cell (a title, a file name) would shift the columns a script reads.
    private static string[] Flat(string[] row)
    {
        var flat = new string[row.Length];
        for (var i = 0; i < row.Length; i++) flat[i] = row[i].Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return flat;
    }
}
