using System.Net;
using System.Net.Http.Json;
using Cost.Domain.Pricing;
using Cost.Samples;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Web;

/// <summary>
/// A clean export as Excel saves it (17-digit doubles, pages that start at a repeated header) is filed
/// without a false error, at the exact total, and the audit chain still verifies afterwards.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class ExportedWorkbookFilingTests(CostWebFactory factory)
{
    [Fact]
    public async Task An_export_with_17_digit_numbers_and_two_pages_per_table_files_at_the_exact_total()
    {
        var boq = SampleBoq.Create();
        using var written = new MemoryStream();
        BoqWorkbookWriter.Write(boq, SampleBoq.RuleSet, written, new BoqWriteOptions(LinesPerPage: 4));
        var export = ExcelDoubles.Nudge(ExportLayouts.HeadersWithoutTitles(written.ToArray(), dropProjectLine: false), i => (i % 3) - 1);
        var consultant = await factory.ConsultantAsync();
        var code = $"E-{Guid.NewGuid():N}"[..20];
        var created = await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "西安市某中学教学楼", region = "610113", projectType = "school", buildingArea = 8000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var uploaded = await (await consultant.UploadAsync(code, export)).JsonAsync();

        var errors = uploaded.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(CeilingPriceCalculator.Price(boq, SampleBoq.RuleSet).Total, uploaded.GetProperty("total").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var filed = await (await factory.BureauAsync()).PostAsync($"/api/projects/{code}/file", null);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var verdict = await AuditTrail.VerifyAsync(factory);
        Assert.True(verdict.GetProperty("ok").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task Every_unit_and_finding_carries_each_named_field_even_when_it_is_empty()
    {
        var consultant = await factory.ConsultantAsync();
        var code = $"F-{Guid.NewGuid():N}"[..20];
        var created = await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "另一个项目", region = "610113", projectType = "school", buildingArea = 8000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var uploaded = await (await consultant.UploadAsync(code, Tenders.Sample)).JsonAsync();

        Assert.All(uploaded.GetProperty("units").EnumerateArray(), u => Assert.True(u.TryGetProperty("singleWork", out _)));
        var projectName = Assert.Single(uploaded.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "project-name");
        Assert.All(FindingFields, field => Assert.True(projectName.TryGetProperty(field, out _), field));
    }

    private static readonly string[] FindingFields = ["severity", "rule", "sheet", "row", "column", "unit", "itemCode", "itemName", "message"];
}
