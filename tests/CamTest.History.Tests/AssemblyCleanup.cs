// This test run's temp folders are removed once all of the assembly's tests have run (see CleanupTestFramework).
[assembly: Xunit.TestFramework("CamTest.TestSupport.CleanupTestFramework", "TestSupport")]
