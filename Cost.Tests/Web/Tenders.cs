using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cost.Domain.Bills;
using Cost.Samples;
using Cost.Silos.Hosting;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>Builders for the exchange tests: a filed tender, re-priced workbooks, signed platform POSTs, store counts.</summary>
public static class Tenders
{
    public static readonly byte[] Sample = Workbook(SampleBoq.Create());

    /// <summary>Registers, uploads the sample, submits and files a new tender; returns its code and ceiling price.</summary>
    public static async Task<(string Code, decimal Total)> FiledAsync(WebApplicationFactory<Program> factory, bool publish = false)
    {
        var consultant = await factory.SignedInAsync("consultant", "consultant-demo");
        var code = $"X-{Guid.NewGuid():N}"[..20];
        var created = await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "交换测试学校", region = "610113", projectType = "school", buildingArea = 8000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var total = (await (await consultant.UploadAsync(code, Sample)).JsonAsync()).GetProperty("total").GetDecimal();
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var bureau = await factory.SignedInAsync("bureau", "bureau-demo");
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/file", null)).StatusCode);
        if (publish)
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/publish", null)).StatusCode);
        }

        return (code, total);
    }

    /// <summary>Registers a new tender of the demo consultant's firm under a fresh code; returns the code.</summary>
    public static async Task<string> RegisterAsync(HttpClient consultant, string name = "测试学校教学楼")
    {
        var code = $"T-{Guid.NewGuid():N}"[..20];
        var response = await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name, region = "610113", projectType = "school", buildingArea = 8000 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    /// <summary>The sample with every unit rate multiplied by <paramref name="factor"/>, as the bureau's re-priced review.</summary>
    public static byte[] Repriced(decimal factor)
    {
        var boq = SampleBoq.Create();
        var scaled = boq with
        {
            UnitWorks = [.. boq.UnitWorks.Select(u => u with
            {
                Lines = [.. u.Lines.Select(l => l with { UnitRate = Math.Round(l.UnitRate * factor, 2, MidpointRounding.AwayFromZero) })],
            })],
        };
        return Workbook(StatedAmounts.Settle(scaled, SampleBoq.RuleSet));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? key, PlatformSigner? signer = null)
    {
        var bytes = body as byte[] ?? JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web);
        var request = (signer ?? new PlatformSigner()).Sign(HttpMethod.Post, path, bytes);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    public static async Task<long> CountAsync(WebApplicationFactory<Program> factory, string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<CostDatabase>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

    /// <summary>The sample's layout without a 扉页.</summary>
    private static byte[] Workbook(Boq boq)
    {
        using var stream = new MemoryStream();
        BoqWorkbookWriter.Write(boq, SampleBoq.RuleSet, stream, SampleWorkbooks.Options with { Signatories = null });
        return stream.ToArray();
    }
}
