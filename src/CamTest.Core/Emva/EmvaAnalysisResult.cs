using CamTest.Core.Diagnostics;

namespace CamTest.Core.Emva;

/// <summary>What <see cref="EmvaAnalysis"/> found (results.json's <c>emva</c> is written from it by
/// <c>Session.ResultsMapper.Emva</c>), and what the user must hear (in the order raised; results.json's top-level
/// <c>warnings</c> and <c>diagnostics</c> are made from them).</summary>
public sealed record EmvaAnalysisResult(EmvaFindings Findings, IReadOnlyList<Diagnostic> Diagnostics);
