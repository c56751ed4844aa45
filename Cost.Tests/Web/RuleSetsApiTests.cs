using System.Net;
using System.Net.Http.Json;
using Cost.Domain;
using Cost.Domain.Pricing;
using Cost.Silos.Store;
using Cost.Tests.Importers.Bills;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// Rule sets over HTTP: the list with its checks, a tender's tax method and base period at registration, and
/// a tender under the sample provincial set SN-2025 whose 安全文明施工费 is priced below the province's rate.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class RuleSetsApiTests(CostWebFactory factory)
{
    [Fact]
    public async Task The_rule_sets_are_listed_with_their_checks_for_anyone_signed_in()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/rule-sets")).StatusCode);

        var items = (await (await (await factory.ConsultantAsync()).GetAsync("/api/rule-sets")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

        var national = Assert.Single(items, i => i.GetProperty("code").GetString() == "GB/T50500-2024");
        Assert.Equal("national", national.GetProperty("kind").GetString());
        Assert.All(national.GetProperty("checks").EnumerateArray(), c => Assert.Equal("tax", c.GetProperty("rule").GetString()));
        var sn = Assert.Single(items, i => i.GetProperty("code").GetString() == "SN-2025");
        Assert.Equal("provincial", sn.GetProperty("kind").GetString());
        Assert.True(sn.GetProperty("sampleValues").GetBoolean());
        var checks = sn.GetProperty("checks").EnumerateArray().ToList();
        var safety = Assert.Single(checks, c => c.GetProperty("rule").GetString() == "non-competitive-rate" && c.GetProperty("item").GetString()!.Contains("安全文明施工费", StringComparison.Ordinal));
        Assert.Equal(3.80m, safety.GetProperty("rate").GetDecimal());
        Assert.Equal(ProvincialBills.SafetyBase, safety.GetProperty("base").GetString());
        Assert.False(string.IsNullOrWhiteSpace(safety.GetProperty("description").GetString()));
        Assert.Equal(2, checks.Count(c => c.GetProperty("rule").GetString() == "missing-fee"));
        Assert.Equal(2, checks.Count(c => c.GetProperty("rule").GetString() == "abolished-fee"));
    }

    [Fact]
    public async Task A_tender_registered_under_simple_tax_is_taxed_at_3_percent()
    {
        var consultant = await factory.ConsultantAsync();
        var created = await CreateAsync(consultant, new { taxMethod = "simple", basePeriod = "2025-06" });
        Assert.Equal(("simple", "2025-06"), (created.Json.GetProperty("taxMethod").GetString(), created.Json.GetProperty("basePeriod").GetString()));
        var stored = (await factory.Services.GetRequiredService<TenderStore>().LoadAsync(created.Code))!.Value.Project.Info;
        Assert.Equal((TaxMethod.Simple, new YearMonth(2025, 6)), (stored.TaxMethod, stored.BasePeriod));

        var simple = Workbooks.RuleSet.For(TaxMethod.Simple);
        var boq = ProvincialBills.Settled(BoqBuilder.Typical(), simple);
        var price = await (await consultant.UploadAsync(created.Code, ProvincialBills.Write(boq, simple))).JsonAsync();

        var expected = CeilingPriceCalculator.Price(boq, simple);
        Assert.Equal(Money.OfFraction(expected.Units[0].TaxBase, 0.03m), price.GetProperty("units")[0].GetProperty("tax").GetDecimal());
        Assert.Equal(expected.Total, price.GetProperty("total").GetDecimal());
        Assert.DoesNotContain(price.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task Without_a_tax_method_a_tender_is_general_and_has_no_base_period()
    {
        var created = await CreateAsync(await factory.ConsultantAsync(), new { });

        Assert.Equal("general", created.Json.GetProperty("taxMethod").GetString());
        Assert.False(created.Json.TryGetProperty("basePeriod", out var period) && period.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("taxMethod", "mixed")]
    [InlineData("basePeriod", "2025-13")]
    [InlineData("basePeriod", "2025/06")]
    public async Task A_bad_tax_method_or_base_period_is_400_naming_the_field(string field, string value)
    {
        var response = await (await factory.ConsultantAsync()).PostAsJsonAsync("/api/projects", new Dictionary<string, object>
        {
            ["tenderCode"] = $"R-{Guid.NewGuid():N}"[..20], ["name"] = "规则测试", ["region"] = "610113", ["projectType"] = "school", [field] = value,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.JsonAsync()).GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
    }

    [Fact]
    public async Task Under_SN_2025_a_safety_fee_at_half_a_percent_is_an_error_and_submission_is_refused()
    {
        var consultant = await factory.ConsultantAsync();
        var compliant = ProvincialBills.Write(ProvincialBills.Settled(ProvincialBills.Compliant()));
        var good = await CreateAsync(consultant, new { ruleSet = "SN-2025" });
        var accepted = await (await consultant.UploadAsync(good.Code, compliant)).JsonAsync();
        Assert.DoesNotContain(accepted.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");

        var bad = await CreateAsync(consultant, new { ruleSet = "SN-2025" });
        var halfPercent = Workbooks.Edit(compliant, w =>
            Workbooks.RowsLabelled(Workbooks.Sheet(w, "总价措施项目清单与计价表"), "安全文明施工费").Single().Cell(5).Value = 0.5);
        var refused = await (await consultant.UploadAsync(bad.Code, halfPercent)).JsonAsync();

        var finding = Assert.Single(refused.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "non-competitive-rate");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("011707001001", finding.GetProperty("itemCode").GetString());
        Assert.Equal((0.5m, 3.80m), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal()));
        Assert.Equal(HttpStatusCode.Conflict, (await consultant.PostAsync($"/api/projects/{bad.Code}/submit", null)).StatusCode);
    }

    private static async Task<(string Code, System.Text.Json.JsonElement Json)> CreateAsync(HttpClient consultant, object extra)
    {
        var code = $"R-{Guid.NewGuid():N}"[..20];
        var body = System.Text.Json.JsonSerializer.SerializeToNode(extra)!.AsObject();
        body["tenderCode"] = code;
        body["name"] = "规则集测试学校";
        body["region"] = "610113";
        body["projectType"] = "school";
        var response = await consultant.PostAsJsonAsync("/api/projects", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (code, await response.JsonAsync());
    }
}
