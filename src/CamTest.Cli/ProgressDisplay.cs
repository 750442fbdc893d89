using CamTest.Core.Session;
using Spectre.Console;

namespace CamTest.Cli;

/// <summary>
/// Progress bars on stderr while stacks are read, one per stage; nothing at all when stderr is not a terminal
/// (redirected output, CI, --json pipelines), so logs and JSON stay clean; with CAMTEST_STAGE_TIMES set, each stage's
/// start time there instead.
/// </summary>
public static class ProgressDisplay
{
    public static T Run<T>(CliConsole console, Func<IProgress<AnalysisProgress>?, T> work)
    {
        if (!console.Interactive)
        {
            return Environment.GetEnvironmentVariable(StageTimesVariable) is null ? work(null) : Timed(console, work);
        }

        IAnsiConsole terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        T result = default!;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress<AnalysisProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out ProgressTask? task))
                    {
                        task = tasks[p.Stage] = ctx.AddTask(Markup.Escape(p.Stage), maxValue: 1);
                    }

                    task.Value = p.Fraction;
                });
                result = work(progress);
                foreach (ProgressTask task in tasks.Values)
                {
                    task.Value = 1;
                }
            });
        return result;
    }

    /// <summary>Set (to anything) for profiling: each stage's start, in seconds since the analysis began, on stderr.</summary>
    public const string StageTimesVariable = "CAMTEST_STAGE_TIMES";

    private static T Timed<T>(CliConsole console, Func<IProgress<AnalysisProgress>?, T> work)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string last = string.Empty;
        T result = work(new SynchronousProgress<AnalysisProgress>(p =>
        {
            if (p.Stage != last)
            {
                last = p.Stage;
                console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:F3} {p.Stage}");
            }
        }));
        console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:F3} end");
        return result;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and arrive late).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
