using Parquet;
using Parquet.Schema;

namespace Lineage.Reporting;

/// <summary>
/// One Parquet file built column by column: each column named and typed once with its values, then
/// written as one row group. Strings may be null (a value not known); numbers may not.
/// </summary>
public sealed class ParquetTable
{
    private readonly List<DataField> fields = [];
    private readonly List<Func<ParquetRowGroupWriter, Task>> writes = [];

    public ParquetTable Strings(string name, string?[] values)
    {
        var field = new DataField(name, typeof(string), isNullable: true);
        fields.Add(field);
        writes.Add(group => group.WriteAsync(field, values));
        return this;
    }

    public ParquetTable Integers(string name, int[] values)
    {
        var field = new DataField(name, typeof(int), isNullable: false);
        fields.Add(field);
        writes.Add(group => group.WriteAsync(field, (ReadOnlyMemory<int>)values));
        return this;
    }

    /// <summary>Shares and scores, as the report model rounded them (<see cref="Model.ReportPrecision"/>).</summary>
    public ParquetTable Doubles(string name, double[] values)
    {
        var field = new DataField(name, typeof(double), isNullable: false);
        fields.Add(field);
        writes.Add(group => group.WriteAsync(field, (ReadOnlyMemory<double>)values));
        return this;
    }

    /// <summary>Writes the table; the stream must be seekable, as Parquet's writer needs.</summary>
    public void Write(Stream output) => WriteAsync(output).GetAwaiter().GetResult();

    private async Task WriteAsync(Stream output)
    {
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        foreach (var write in writes) await write(group).ConfigureAwait(false);
        group.CompleteValidate();
    }
}
