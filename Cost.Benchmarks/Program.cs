using System.Globalization;
using BenchmarkDotNet.Running;

namespace Cost.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project Cost.Benchmarks -- --filter '*'</c> runs the benchmarks;
/// <c>-- --peak-import N</c> (BoQ lines) and <c>-- --peak-survey N</c> (survey rows) import once in this fresh process and print its
/// peak working set (BenchmarkDotNet reports allocations, not the peak a server must hold);
/// <c>-- --exchange-load [clients] [seconds]</c> runs the exchange load test (<see cref="ExchangeLoad"/>);
/// <c>-- --web-load baseUrl [--users N] [--seconds S]</c> loads a running Cost.Web over HTTP (<see cref="WebLoad"/>);
/// <c>-- --hostile</c> sends 100 hostile calls and a burst and prints the answers and memory (<see cref="HostileLoad"/>);
/// <c>-- --calculator-http [runs]</c> posts the 600,000-observation panel to the calculator over HTTP (<see cref="CalculatorOverHttp"/>);
/// <c>-- --history N [--lines L] [--postgres … --redis …]</c> times the history-dependent work over N filed tenders (<see cref="HistoryLoad"/>).
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is ["--peak-import", var lines])
        {
            PeakImport.Run(int.Parse(lines, CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--peak-survey", var rows])
        {
            PeakImport.RunSurvey(int.Parse(rows, CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--exchange-load", ..] load)
        {
            var clients = load.Length > 1 ? int.Parse(load[1], CultureInfo.InvariantCulture) : 200;
            var seconds = load.Length > 2 ? int.Parse(load[2], CultureInfo.InvariantCulture) : 60;
            ExchangeLoad.RunAsync(clients, seconds).GetAwaiter().GetResult();
            return;
        }

        if (args is ["--web-load", var baseUrl, .. var options])
        {
            var values = options.Chunk(2).ToDictionary(o => o[0], o => int.Parse(o[^1], CultureInfo.InvariantCulture));
            if (values.Keys.Except(["--users", "--seconds"]).FirstOrDefault() is { } unknown)
            {
                throw new ArgumentException($"--web-load takes --users N and --seconds S, not {unknown}");
            }

            WebLoad.RunAsync(new Uri(baseUrl), values.GetValueOrDefault("--users", 100), values.GetValueOrDefault("--seconds", 30)).GetAwaiter().GetResult();
            return;
        }

        if (args is ["--hostile"])
        {
            HostileLoad.RunAsync().GetAwaiter().GetResult();
            return;
        }

        if (args is ["--calculator-http", ..] calculator)
        {
            CalculatorOverHttp.RunAsync(calculator.Length > 1 ? int.Parse(calculator[1], CultureInfo.InvariantCulture) : 5).GetAwaiter().GetResult();
            return;
        }

        if (args is ["--history", var count, .. var rest])
        {
            var settings = rest.Chunk(2).ToDictionary(o => o[0], o => o[^1]);
            HistoryLoad.RunAsync(int.Parse(count, CultureInfo.InvariantCulture),
                int.Parse(settings.GetValueOrDefault("--lines", "2000"), CultureInfo.InvariantCulture), settings.GetValueOrDefault("--postgres"),
                settings.GetValueOrDefault("--redis")).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(PricingBenchmark).Assembly).Run(args);
    }
}
