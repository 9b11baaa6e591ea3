using System.Diagnostics.CodeAnalysis;

// "Shared" is a Visual Basic keyword; the library is used only by the C# benchmarks next to it.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:Omigjen.Bench.Shared")]
