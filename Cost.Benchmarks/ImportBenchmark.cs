using BenchmarkDotNet.Attributes;
using Cost.Importers.Bills;

namespace Cost.Benchmarks;

/// <summary>Importing a 20,000-line workbook written in the pricing-software layout (target ≤ 3 s).</summary>
[MemoryDiagnoser]
public class ImportBenchmark
{
    private byte[] _workbook = [];

    [GlobalSetup]
    public void Setup() => _workbook = PeakImport.Workbook(20_000);

    [Benchmark]
    public int Import_20000_lines()
    {
        var result = BoqWorkbookReader.Read(new MemoryStream(_workbook), BenchBills.RuleSet);
        return result.Boq?.LineCount ?? throw new InvalidOperationException(result.Refusal[0].Message);
    }
}

/// <summary>One import in a fresh process, reporting the process's peak working set.</summary>
public static class PeakImport
{
    public static byte[] Workbook(int lines)
    {
        using var stream = new MemoryStream();
        BoqWorkbookWriter.Write(BenchBills.Create(lines, unitWorks: 2), BenchBills.RuleSet, stream);
        return stream.ToArray();
    }

    public static void Run(int lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cost-bench-{lines}.xlsx");
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, Workbook(lines));
        }

        GC.Collect();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.PeakWorkingSet64;
        var result = BoqWorkbookReader.Read(File.OpenRead(path), BenchBills.RuleSet);
        stopwatch.Stop();
        process.Refresh();
        Console.WriteLine($"{lines} lines, {new FileInfo(path).Length / 1024} KiB: {result.Boq?.LineCount} read, {result.Findings.Length} findings, " +
            $"{stopwatch.Elapsed.TotalSeconds:F2} s, peak working set {process.PeakWorkingSet64 / 1_048_576} MiB (before reading {before / 1_048_576} MiB)");
    }
}
