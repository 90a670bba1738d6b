using Lineage.Scanning;
using Spectre.Console;

namespace Lineage.Cli;

/// <summary>
/// A progress bar per stage on stderr, shown only when stderr is a terminal and the run has
/// lasted more than a moment, so short runs and scripts see no flicker.
/// </summary>
internal sealed class ScanProgressDisplay : IProgress<ScanProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);
    private readonly Dictionary<ScanStage, ProgressTask> tasks = new();
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private ProgressContext? context;

    public static T Run<T>(bool enabled, Func<IProgress<ScanProgress>?, T> work)
    {
        if (!enabled || !Terminal.ErrorIsInteractive) return work(null);
        var display = new ScanProgressDisplay();
        var result = default(T)!;
        var done = new ManualResetEventSlim();
        var worker = Task.Run(() =>
        {
            try
            {
                result = work(display);
            }
            finally
            {
                done.Set();
            }
        });
        if (!done.Wait(Delay))
        {
            Terminal.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    lock (display.tasks) display.context = ctx;
                    while (!done.Wait(100)) ctx.Refresh();
                });
        }
        worker.GetAwaiter().GetResult();
        return result;
    }

    public void Report(ScanProgress value)
    {
        lock (tasks)
        {
            if (context is null) return;
            if (!tasks.TryGetValue(value.Stage, out var task))
            {
                task = context.AddTask(value.Stage.ToString().ToLowerInvariant(), maxValue: Math.Max(1, value.Total));
                tasks[value.Stage] = task;
            }
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
