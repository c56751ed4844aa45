using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cost.Benchmarks;

/// <summary>
/// The platform's signed GET of a filed ceiling price, through the whole ASP.NET pipeline
/// (signature check, nonce write, store read, JSON) on the in-memory test server.
/// </summary>
[MemoryDiagnoser]
public class ExchangeBenchmark
{
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("cost-bench-").FullName;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Cost", $"Data Source={Path.Combine(_folder, "cost.db")}");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Orleans:SiloPort", "21111");
            b.UseSetting("Orleans:GatewayPort", "40000");
        });
        _client = _factory.CreateClient();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> Signed_ceiling_price_get()
    {
        const string path = "/exchange/v1/tenders/XA-2026-0001/ceiling-price";
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N");
        var canonical = $"GET\n{path}\n{ts}\n{nonce}\n{Convert.ToHexStringLower(SHA256.HashData([]))}";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Client-Id", "platform");
        request.Headers.Add("X-Timestamp", ts);
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Signature", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("platform-demo-secret"), Encoding.UTF8.GetBytes(canonical))));
        using var response = await _client.SendAsync(request);
        return (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync()).Length;
    }
}
