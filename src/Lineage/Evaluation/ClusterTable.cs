using System.Text;

namespace Lineage.Evaluation;

/// <summary>
/// A clustering as a CSV with a header: one row per document, the document's id in the column
/// <c>id</c>, and one column per clustering of the documents (<c>story</c>, <c>duplicateGroup</c>,
/// …) whose values are cluster labels compared as text. Fields follow RFC 4180: quoted when they
/// hold commas, quotes or line breaks, a quote inside doubled.
/// </summary>
public sealed class ClusterTable
{
    public const string IdColumn = "id";

    private readonly Dictionary<string, int> columnIndex;
    private readonly List<string[]> rows;

    private ClusterTable(string name, string[] columns, List<string[]> rows, Dictionary<string, int> rowOfId)
    {
        Name = name;
        Columns = columns;
        this.rows = rows;
        RowOfId = rowOfId;
        columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++) columnIndex.TryAdd(columns[c], c);
    }

    /// <summary>The file the table was read from, as errors name it.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public int Count => rows.Count;

    /// <summary>Each document's row, by id.</summary>
    public IReadOnlyDictionary<string, int> RowOfId { get; }

    public string Id(int row) => rows[row][columnIndex[IdColumn]];

    public bool HasColumn(string column) => columnIndex.ContainsKey(column);

    /// <summary>The label of <paramref name="row"/> in <paramref name="column"/>; empty when the cell is.</summary>
    public string Label(int row, string column) => rows[row][columnIndex[column]];

    public static ClusterTable Read(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Parse(path, reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClusterTableException($"{path}: cannot read: {e.Message}");
        }
    }

    public static ClusterTable Parse(string name, TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        if (!NextRecord(reader, fields, field, ref line, name, out var startLine))
            throw new ClusterTableException($"{name}: empty file; expected a CSV header with an '{IdColumn}' column");
        var columns = fields.ToArray();
        if (Array.IndexOf(columns, IdColumn) < 0)
            throw new ClusterTableException($"{name}: no '{IdColumn}' column in the header ({string.Join(",", columns)})");
        var idColumn = Array.IndexOf(columns, IdColumn);
        var rows = new List<string[]>();
        var rowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        while (NextRecord(reader, fields, field, ref line, name, out startLine))
        {
            // A blank line between records is not a document.
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            if (fields.Count != columns.Length)
                throw new ClusterTableException($"{name}:{startLine}: {fields.Count} fields where the header has {columns.Length}");
            var id = fields[idColumn];
            if (id.Length == 0) throw new ClusterTableException($"{name}:{startLine}: empty id");
            if (!rowOfId.TryAdd(id, rows.Count)) throw new ClusterTableException($"{name}:{startLine}: id '{id}' appears twice (first on the row of document {rowOfId[id] + 1})");
            rows.Add(fields.ToArray());
        }
        return new ClusterTable(name, columns, rows, rowOfId);
    }

    /// <summary>Reads one record into <paramref name="fields"/>; false at the end of the input.</summary>
    private static bool NextRecord(TextReader reader, List<string> fields, StringBuilder field, ref int line, string name, out int startLine)
    {
        fields.Clear();
        field.Clear();
        startLine = line;
        var c = reader.Read();
        if (c < 0) return false;
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            if (quoted)
            {
                if (c < 0) throw new ClusterTableException($"{name}:{startLine}: a quoted field is not closed");
                if (c == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else { quoted = false; afterQuote = true; }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append((char)c);
                }
            }
            else if (c < 0 || c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n') reader.Read();
                if (c >= 0) line++;
                fields.Add(field.ToString());
                return true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
            }
            else if (afterQuote)
            {
                throw new ClusterTableException($"{name}:{line}: text after the closing quote of a field");
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                field.Append((char)c);
            }
            c = reader.Read();
        }
    }
}
