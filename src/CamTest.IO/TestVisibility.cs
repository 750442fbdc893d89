using System.Runtime.CompilerServices;

// The tests check internal bookkeeping (how many files a sequence holds open) that users need not see.
[assembly: InternalsVisibleTo("CamTest.IO.Tests")]
