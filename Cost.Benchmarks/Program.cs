using BenchmarkDotNet.Running;
using Cost.Benchmarks;

// `-- --peak-import N`: imports an N-line workbook once in this fresh process and prints its peak
// working set; BenchmarkDotNet reports allocations, not the peak a server must hold.
if (args is ["--peak-import", var lines])
{
    PeakImport.Run(int.Parse(lines, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PricingBenchmark).Assembly).Run(args);
