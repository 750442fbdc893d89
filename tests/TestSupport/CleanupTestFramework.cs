using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CamTest.TestSupport;

/// <summary>
/// xunit 2's own test framework, plus one step: when every test of the assembly has run, and before the runner is
/// told so, this test process's temp folder (<see cref="TestTempRoot"/>) is removed. The test host may be ended
/// without running exit handlers once the runner has its results, so cleanup cannot wait for the process to exit.
/// A test assembly opts in with <c>[assembly: TestFramework("CamTest.TestSupport.CleanupTestFramework", "TestSupport")]</c>.
/// </summary>
public sealed class CleanupTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageSink execution, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, execution, options)
    {
        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            TestTempRoot.Remove();
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
