using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>What <see cref="EmvaAnalysis"/> found: results.json's <c>emva</c> section, and what the user must hear (in
/// the order raised; results.json's top-level <c>warnings</c> and <c>diagnostics</c> are made from them).</summary>
public sealed record EmvaAnalysisResult(EmvaSection Section, IReadOnlyList<Diagnostic> Diagnostics);
