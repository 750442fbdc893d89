namespace CamTest.Core.Session;

/// <summary>
/// Forwards a stage's fraction done on the reporting thread itself. (Progress&lt;T&gt; would post to the thread pool,
/// where reports arrive late, out of order, and race the display.)
/// </summary>
public sealed class StageProgress(IProgress<AnalysisProgress> target, string stage) : IProgress<double>
{
    public void Report(double value) => target.Report(new AnalysisProgress(stage, value));
}
