using System.Net;

namespace Cost.Tests.Web;

/// <summary>The registration form on /projects takes the rule set, the tax method and the base month like the API.</summary>
[Collection(WebSuite.Name)]
public sealed class ProjectRegistrationPageTests(CostWebFactory factory)
{
    private static readonly string[] FormChoices =
        ["GB50500-2013", "GB/T50500-2024", "SN-2025", "value=\"general\"", "value=\"simple\"", "name=\"BasePeriod\""];

    [Fact]
    public async Task A_tender_registered_on_the_page_keeps_its_rule_set_tax_method_and_base_month()
    {
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");
        var code = $"PG-{Guid.NewGuid():N}"[..20];
        var form = new Dictionary<string, string>
        {
            ["TenderCode"] = code, ["Name"] = "页面登记的项目", ["Region"] = "610113", ["ProjectType"] = "school",
            ["RuleSet"] = "SN-2025", ["TaxMethod"] = "simple", ["BasePeriod"] = "2026-06",
        };

        var created = await browser.PostFormAsync("/projects", form);
        var page = await (await browser.GetAsync($"/projects/{code}")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("SN-2025", page, StringComparison.Ordinal);
        Assert.Contains("简易计税", page, StringComparison.Ordinal);
        Assert.Contains("2026-06", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_offers_every_rule_set_and_both_tax_methods()
    {
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");

        var page = await (await browser.GetAsync("/projects")).Content.ReadAsStringAsync();

        Assert.All(FormChoices, text => Assert.Contains(text, page, StringComparison.Ordinal));
    }
}
