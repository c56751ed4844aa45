using BenchmarkDotNet.Attributes;
using Cost.Importers.Bills;
using Cost.Samples;

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
        var path = Cached($"cost-bench-boq-{lines}.xlsx", () => Workbook(lines));
        Measure(path, () =>
        {
            var result = BoqWorkbookReader.Read(File.OpenRead(path), BenchBills.RuleSet);
            return $"{result.Boq?.LineCount} lines read, {result.Findings.Length} findings";
        });
    }

    public static void RunSurvey(int rows)
    {
        var path = Cached($"cost-bench-survey-{rows}.xlsx", () => SurveyBenchmark.SurveyWorkbook(rows));
        Measure(path, () =>
        {
            var result = SurveyBenchmark.Read(File.ReadAllBytes(path));
            return $"{result.Accepted.Length} rows accepted, {result.Rejected.Length} rejected";
        });
    }

    /// <summary>The workbook is written by an earlier run of the same mode, so this process only reads.</summary>
    private static string Cached(string name, Func<byte[]> write)
    {
        var path = Path.Combine(Path.GetTempPath(), name);
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, write());
            Console.WriteLine($"wrote {path}; run again to measure the import in a fresh process");
            Environment.Exit(0);
        }

        return path;
    }

    private static void Measure(string path, Func<string> import)
    {
        GC.Collect();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.PeakWorkingSet64;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var what = import();
        stopwatch.Stop();
        process.Refresh();
        Console.WriteLine($"{Path.GetFileName(path)} ({new FileInfo(path).Length / 1024} KiB): {what}, {stopwatch.Elapsed.TotalSeconds:F2} s, " +
            $"peak working set {process.PeakWorkingSet64 / 1_048_576} MiB (process before reading: {before / 1_048_576} MiB)");
    }
}
