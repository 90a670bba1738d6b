using System.ComponentModel;
using System.Diagnostics;

namespace Lineage.Reading.Pdf;

/// <summary>
/// Runs poppler's pdftotext on one PDF as a child process, its text written to a pipe (no temp
/// file): <c>pdftotext -enc UTF-8 FILE -</c>. The default mode, not <c>-layout</c>, because it gives
/// reading order: <c>-layout</c> keeps a two-column page side by side on each line, and <c>-raw</c>
/// follows the content stream, which need not be the order of the words. Pages end in a form feed.
/// The output is capped; the process is stopped at the timeout.
/// </summary>
internal static class PdfToText
{
    private const int StandardErrorBytes = 4096;

    /// <summary>The outcome of one run: the text bytes when it ran to the end, or why not.</summary>
    internal sealed record Run(PdfToTextStatus Status, byte[] Output, string StandardError, int ExitCode);

    public static Run Extract(string tool, string pdfPath, long maxOutputBytes, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        // A full path, so that a file named "-x.pdf" is never taken for an option.
        foreach (var argument in (string[])["-enc", "UTF-8", Path.GetFullPath(pdfPath), "-"]) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new Run(e.NativeErrorCode == 2 ? PdfToTextStatus.NotFound : PdfToTextStatus.CannotStart, [], e.Message, -1);
        }

        // Both pipes are drained to their end whatever is kept, so pdftotext never blocks on a full pipe.
        var output = Drain(process.StandardOutput.BaseStream, maxOutputBytes + 1);
        var errors = Drain(process.StandardError.BaseStream, StandardErrorBytes);
        var exited = process.WaitForExit(timeout);
        if (!exited) Stop(process);
        // The pipes close when the process (and any child it started) is gone; bounded all the same.
        Task.WaitAll([output, errors], TimeSpan.FromSeconds(10));
        var stderr = errors.IsCompletedSuccessfully ? System.Text.Encoding.UTF8.GetString(errors.Result) : "";
        if (!exited) return new Run(PdfToTextStatus.TimedOut, [], stderr, -1);
        if (!output.IsCompletedSuccessfully) return new Run(PdfToTextStatus.Failed, [], stderr, process.ExitCode);
        if (output.Result.LongLength > maxOutputBytes) return new Run(PdfToTextStatus.TooLong, [], stderr, process.ExitCode);
        return new Run(process.ExitCode == 0 ? PdfToTextStatus.Ok : PdfToTextStatus.Failed, output.Result, stderr, process.ExitCode);
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // It ended between the timeout and the kill: nothing left to stop.
        }
    }

    /// <summary>Reads a pipe to its end, keeping its first <paramref name="keep"/> bytes.</summary>
    private static async Task<byte[]> Drain(Stream pipe, long keep)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await pipe.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var room = (int)Math.Min(read, keep - kept.Length);
            if (room > 0) kept.Write(buffer, 0, room);
        }
        return kept.ToArray();
    }
}
