using System.Runtime.CompilerServices;

// The Vector128 path only runs on machines without 256-bit SIMD; tests call it directly so it is checked everywhere.
[assembly: InternalsVisibleTo("CamTest.Core.Tests")]
