using System.Globalization;
using Lineage.Storage;

namespace Lineage.Bench.Store;

/// <summary>One backend's figures: bulk build, add against a big and an empty store, trace latency, size against the raw text.</summary>
public sealed record StoreMeasurement(
    string Backend,
    int StoredDocuments,
    int AddedDocuments,
    long RawBytes,
    double BuildSeconds,
    double AddToBigSeconds,
    double AddToEmptySeconds,
    double TraceP50,
    double TraceP99,
    int Traces,
    StoreStats Stats)
{
    public void Print(TextWriter output)
    {
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        output.WriteLine(F($"{Backend}, {Environment.ProcessorCount} cores:"));
        output.WriteLine(F($"  build  {StoredDocuments:N0} documents in {BuildSeconds:0.0} s = {StoredDocuments / BuildSeconds:N0} docs/s ({Stats.Pairs:N0} pairs, {Stats.Postings:N0} postings)"));
        output.WriteLine(F($"  add    {AddedDocuments:N0} documents to the {StoredDocuments:N0}-document store: {AddToBigSeconds:0.00} s = {AddedDocuments / AddToBigSeconds:N0} docs/s; to an empty store: {AddToEmptySeconds:0.00} s = {AddedDocuments / AddToEmptySeconds:N0} docs/s"));
        output.WriteLine(F($"  trace  {Traces} documents against {StoredDocuments:N0}: p50 {TraceP50:0.0} ms, p99 {TraceP99:0.0} ms"));
        output.WriteLine(F($"  size   {Stats.Bytes / 1e6:0.0} MB for {RawBytes / 1e6:0.0} MB of raw text = {(double)Stats.Bytes / RawBytes:0.00}x"));
    }
}
