using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Cost.Contracts;
using Cost.Silos.Accounts;
using Cost.Tests.Domain.Credit;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

[Collection(WebSuite.Name)]
public sealed class CreditApiTests(CostWebFactory factory)
{
    [Fact]
    public async Task The_rule_catalogue_is_public_with_positive_points_and_periods()
    {
        var rules = (await (await factory.CreateClient().GetAsync("/api/public/credit-rules")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.Contains(rules, r => r.GetProperty("ruleCode").GetString() == "B01" && r.GetProperty("kind").GetString() == "bad");
        Assert.Contains(rules, r => r.GetProperty("kind").GetString() == "good");
        Assert.All(rules, r => Assert.True(r.GetProperty("points").GetDecimal() > 0 && r.GetProperty("months").GetInt32() > 0));
    }

    [Fact]
    public async Task The_register_shows_the_sample_firms_with_their_grades()
    {
        var items = (await (await factory.CreateClient().GetAsync("/api/public/firms")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("creditCode").GetString()!, i => i.GetProperty("grade").GetString());

        Assert.Equal("AAA", items["91610103MA7B1N4DX0"]);
        Assert.Equal("B", items["91610104MA6U5R7E5X"]);
        Assert.Equal("C", items["91610116MAB0K9PH9N"]);
        Assert.NotNull(items["91610113MA6W8K3Q77"]);
        Assert.NotNull(items["91610112MA6TX2LC1W"]);

        var search = (await (await factory.CreateClient().GetAsync("/api/public/firms?q=华正")).JsonAsync()).GetProperty("items");
        Assert.Equal("91610103MA7B1N4DX0", Assert.Single(search.EnumerateArray()).GetProperty("creditCode").GetString());
    }

    [Fact]
    public async Task A_bad_credit_code_is_400_naming_the_wrong_character()
    {
        var response = await (await factory.BureauAsync()).PostAsJsonAsync("/api/firms", new { creditCode = "91350100M000100Y44", name = "某造价咨询有限公司" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("creditCode", error.GetProperty("field").GetString());
        Assert.Contains("第 18 位", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_firm_registered_twice_is_updated_not_duplicated()
    {
        var bureau = await factory.BureauAsync();
        var code = CreditBuilder.NewCode();
        var first = await bureau.PostAsJsonAsync("/api/firms", new { creditCode = code, name = "甲造价咨询有限公司" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await bureau.PostAsJsonAsync("/api/firms", new
        {
            creditCode = code, name = "甲工程造价咨询有限公司", address = "西安市高新区",
            engineers = new[] { new { name = "王芳", registrationNumber = "建[造]16610001234" } },
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var found = (await (await factory.CreateClient().GetAsync($"/api/public/firms?q={code}")).JsonAsync()).GetProperty("items");
        var firm = Assert.Single(found.EnumerateArray());
        Assert.Equal("甲工程造价咨询有限公司", firm.GetProperty("name").GetString());
        Assert.Equal("AA", firm.GetProperty("grade").GetString());
        Assert.Equal(80m, firm.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task Only_the_bureau_registers_firms_and_enters_records()
    {
        var consultant = await factory.ConsultantAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.PostAsJsonAsync("/api/firms", new { creditCode = CreditBuilder.NewCode(), name = "乙" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.PostAsJsonAsync("/api/firms/91610113MA6W8K3Q77/records",
            new { ruleCode = "G01", occurredOn = "2026-01-01", note = "自评" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/firms", new { creditCode = CreditBuilder.NewCode(), name = "乙" })).StatusCode);
    }

    [Fact]
    public async Task An_unknown_rule_code_is_400()
    {
        var code = await RegisterAsync();
        var response = await (await factory.BureauAsync()).PostAsJsonAsync($"/api/firms/{code}/records", new { ruleCode = "Z99", occurredOn = "2026-01-01", note = "?" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ruleCode", Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_record_for_an_unregistered_firm_is_404()
    {
        var response = await (await factory.BureauAsync()).PostAsJsonAsync($"/api/firms/{CreditBuilder.NewCode()}/records",
            new { ruleCode = "B05", occurredOn = "2026-01-01", note = "?" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_record_counts_only_once_notified_stated_decided_and_publicised_and_an_appeal_revokes_it_at_once()
    {
        var code = await RegisterAsync();
        var consultant = await ConsultantOfAsync(code);
        var bureau = await factory.BureauAsync();
        var inForce = DateOnly.Parse(Today(), System.Globalization.CultureInfo.InvariantCulture).AddDays(7).ToString("yyyy-MM-dd", null);

        var id = await CreditLife.ProposeAsync(bureau, code, "B03", "业绩证明不实");
        Assert.Equal(80m, await ScoreAsync(code));
        Assert.Empty((await (await consultant.GetAsync($"/api/firms/{code}/file")).JsonAsync()).GetProperty("records").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await CreditLife.StateAsync(consultant, code, id, "尚未告知")).StatusCode);

        var notice = await (await bureau.PostAsync($"/api/firms/{code}/records/{id}/notice", null)).JsonAsync();
        Assert.Equal("notified", notice.GetProperty("status").GetString());
        Assert.True(string.CompareOrdinal(notice.GetProperty("statementDeadline").GetString(), Today()) > 0);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/decision",
            new { decision = "confirm", reason = "陈述申辩期未满" })).StatusCode);
        Assert.Equal(80m, await ScoreAsync(code));

        var pdf = "%PDF-1.4 原件扫描"u8.ToArray();
        var stated = await CreditLife.StateAsync(consultant, code, id, "证明材料真实，附原件。", ("原件.pdf", pdf));
        Assert.Equal(HttpStatusCode.OK, stated.StatusCode);
        var attachment = (await stated.JsonAsync()).GetProperty("statement").GetProperty("attachments")[0];
        Assert.Equal(pdf, await (await bureau.GetAsync(attachment.GetProperty("url").GetString())).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.OtherFirmConsultantAsync()).GetAsync(attachment.GetProperty("url").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CreditLife.StateAsync(consultant, code, id, "再次陈述")).StatusCode);

        var decided = await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/decision", new { decision = "confirm", reason = "经核查事实成立" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(inForce, (await decided.JsonAsync()).GetProperty("countsFrom").GetString());
        Assert.Equal(80m, await ScoreAsync(code));
        var publicised = Assert.Single((await PublicAsync(code)).GetProperty("records").EnumerateArray());
        Assert.StartsWith("公示中", publicised.GetProperty("stage").GetString());
        Assert.False(publicised.TryGetProperty("statement", out _));
        Assert.Equal(60m, (await PublicAsync(code, inForce)).GetProperty("score").GetDecimal());

        var other = await factory.OtherFirmConsultantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal", new { reason = "不是我们" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/firms/{code}/file")).StatusCode);
        var appeal = await consultant.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal", new { reason = "证明材料真实，附原件" });
        Assert.Equal(HttpStatusCode.OK, appeal.StatusCode);
        Assert.Equal("underAppeal", (await appeal.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await consultant.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal", new { reason = "再次" })).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal/decision", new { decision = "revoke" })).StatusCode);
        var revoked = await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal/decision", new { decision = "revoke", reason = "复核认定材料真实" });
        Assert.Equal("revoked", (await revoked.JsonAsync()).GetProperty("status").GetString());

        Assert.Equal(80m, (await PublicAsync(code, inForce)).GetProperty("score").GetDecimal());
        Assert.Empty((await PublicAsync(code)).GetProperty("records").EnumerateArray());
        var file = await (await consultant.GetAsync($"/api/firms/{code}/file")).JsonAsync();
        var history = file.GetProperty("records")[0].GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString());
        Assert.Equal(["recorded", "notified", "stated", "confirmed", "appealed", "revoked"], history);
    }

    [Fact]
    public async Task A_statement_with_a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_kept()
    {
        var code = await RegisterAsync();
        var consultant = await ConsultantOfAsync(code);
        var bureau = await factory.BureauAsync();
        var id = await CreditLife.ProposeAsync(bureau, code, "B05", "逾期报送");
        await bureau.PostAsync($"/api/firms/{code}/records/{id}/notice", null);

        var refused = await CreditLife.StateAsync(consultant, code, id, "附件有误", ("说明.pdf", "not a pdf"u8.ToArray()), ("脚本.exe", [0x4D, 0x5A]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problems = (await refused.JsonAsync()).GetProperty("errors").EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Equal(["files[0]", "files[1]"], problems);
        var record = (await (await consultant.GetAsync($"/api/firms/{code}/file")).JsonAsync()).GetProperty("records")[0];
        Assert.Equal("notified", record.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await CreditLife.StateAsync(consultant, code, id, "按期补报。")).StatusCode);
    }

    [Fact]
    public async Task The_bureau_drops_a_record_after_the_statement_and_it_never_counts()
    {
        var code = await RegisterAsync();
        var consultant = await ConsultantOfAsync(code);
        var bureau = await factory.BureauAsync();
        var id = await CreditLife.ProposeAsync(bureau, code, "B04", "行政处罚");
        await bureau.PostAsync($"/api/firms/{code}/records/{id}/notice", null);
        await CreditLife.StateAsync(consultant, code, id, "处罚决定已被撤销，附撤销决定书。");

        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/decision",
            new { decision = "amend", reason = "改记" })).StatusCode);
        var dropped = await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/decision", new { decision = "drop", reason = "处罚决定已撤销" });
        Assert.Equal("dropped", (await dropped.JsonAsync()).GetProperty("status").GetString());
        var later = DateOnly.Parse(Today(), System.Globalization.CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", null);
        Assert.Equal(80m, (await PublicAsync(code, later)).GetProperty("score").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await consultant.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal", new { reason = "?" })).StatusCode);
    }

    [Fact]
    public async Task A_record_brought_in_settled_counts_during_its_period_and_the_nightly_job_notes_its_expiry_once()
    {
        var code = await RegisterAsync();
        var bureau = await factory.BureauAsync();
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IFirmGrain>(GrainKeys.Firm(code));
        var added = await grain.AddRecord(new CreditEntry("B04", new DateOnly(2023, 5, 10), null, null, "行政处罚", "bureau", Settled: true));
        Assert.Equal(new DateOnly(2025, 5, 10), added.Value!.Record!.ExpiresOn);

        var then = await PublicAsync(code, "2024-01-01");
        Assert.Equal(65m, then.GetProperty("score").GetDecimal());
        Assert.Equal("B", then.GetProperty("grade").GetString());
        Assert.Equal("B04", Assert.Single(then.GetProperty("records").EnumerateArray()).GetProperty("ruleCode").GetString());
        var now = await PublicAsync(code);
        Assert.Equal(80m, now.GetProperty("score").GetDecimal());
        Assert.Empty(now.GetProperty("records").EnumerateArray());

        var job = factory.Services.GetRequiredService<CreditNightlyJob>();
        Assert.True(await job.RunAsync(CancellationToken.None) >= 5);
        await job.RunAsync(CancellationToken.None);

        var file = await (await bureau.GetAsync($"/api/firms/{code}/file")).JsonAsync();
        var history = file.GetProperty("records")[0].GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["recorded", "expired"], history);
        Assert.Equal(80m, file.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task The_same_system_event_makes_one_record_notified_to_the_firm_at_once()
    {
        var code = await RegisterAsync();
        var consultant = await ConsultantOfAsync(code);
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IFirmGrain>(GrainKeys.Firm(code));
        var complaint = new CreditEvent($"complaint:{code}:1", "B01", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            "XA-2026-0001 投诉复核：偏差 4.2%", "/projects/XA-2026-0001", "最高投标限价偏差超过 ±3%，投诉成立");

        var first = await grain.RecordEvent(complaint);
        var again = await grain.RecordEvent(complaint);

        Assert.Equal(CommandOutcome.Done, again.Outcome);
        Assert.Equal(first.Value!.Record!.No, again.Value!.Record!.No);
        Assert.Single(again.Value.File.Records);
        Assert.Equal(80m, await ScoreAsync(code));
        var seen = Assert.Single((await (await consultant.GetAsync($"/api/firms/{code}/file")).JsonAsync()).GetProperty("records").EnumerateArray());
        Assert.Equal("notified", seen.GetProperty("status").GetString());
        Assert.Equal(["recorded", "notified"], seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("/projects/XA-2026-0001", seen.GetProperty("linkUrl").GetString());
        Assert.Equal("automatic", seen.GetProperty("source").GetString());
        Assert.Empty((await PublicAsync(code)).GetProperty("records").EnumerateArray());
    }

    [Fact]
    public async Task A_bad_date_is_400_and_an_unknown_firm_404_on_the_public_view()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/public/firms/91610103MA7B1N4DX0?asOf=2026-13-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/public/firms/{CreditBuilder.NewCode()}")).StatusCode);
    }

    [Fact]
    public async Task The_exported_register_keeps_formulas_as_text()
    {
        var code = await RegisterAsync("=HYPERLINK(\"http://evil.example\",\"点我\")");
        var response = await factory.CreateClient().GetAsync("/api/public/firms.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var row = workbook.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == code);
        Assert.False(row.Cell(2).HasFormula);
        Assert.StartsWith("'=HYPERLINK", row.Cell(2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roster_takes_good_rows_rejects_bad_ones_and_never_duplicates_a_firm()
    {
        var code = CreditBuilder.NewCode();
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("名录");
            sheet.Cell(1, 1).SetValue("造价咨询企业名录");
            string[] header = ["统一社会信用代码", "企业名称", "地址", "法定代表人", "联系电话", "注册造价工程师"];
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(2, c + 1).SetValue(header[c]);
            }

            sheet.Cell(3, 1).SetValue(code);
            sheet.Cell(3, 2).SetValue("丙造价咨询有限公司");
            sheet.Cell(4, 1).SetValue("91350100M000100Y44");
            sheet.Cell(4, 2).SetValue("校验位错误的公司");
            sheet.Cell(5, 1).SetValue(code);
            sheet.Cell(5, 2).SetValue("丙工程造价咨询有限公司");
            sheet.Cell(5, 6).SetValue("王芳:建[造]16610001234；李强:建[造]16610005678");
            workbook.SaveAs(stream);
        }

        var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "名录.xlsx" } };
        var response = await (await factory.BureauAsync()).PostAsync("/api/firms/roster", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(result.GetProperty("rejected").EnumerateArray());
        Assert.Equal(4, rejected.GetProperty("row").GetInt32());
        Assert.Equal("A", rejected.GetProperty("column").GetString());
        var firm = Assert.Single((await (await factory.CreateClient().GetAsync($"/api/public/firms?q={code}")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("丙工程造价咨询有限公司", firm.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_credit_pages_answer()
    {
        var anonymous = factory.CreateClient();
        Assert.Contains("陕西华正造价师事务所有限公司", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/firms")));
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/firms/91610103MA7B1N4DX0"));
        Assert.Contains("AAA", page);
        Assert.Contains("<svg", page);
        Assert.Contains("以表格查看", page);

        var bureau = await factory.BureauAsync();
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/credit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/credit/appeals")).StatusCode);
        Assert.Contains("录入诚信记录", WebUtility.HtmlDecode(await bureau.GetStringAsync("/firms/91610116MAB0K9PH9N")));
        var consultant = await factory.ConsultantAsync();
        Assert.Contains("申诉理由", WebUtility.HtmlDecode(await consultant.GetStringAsync("/firms/91610113MA6W8K3Q77")));
    }

    private async Task<string> RegisterAsync(string name = "测试造价咨询有限公司")
    {
        var code = CreditBuilder.NewCode();
        var response = await (await factory.BureauAsync()).PostAsJsonAsync("/api/firms", new { creditCode = code, name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private async Task<HttpClient> ConsultantOfAsync(string code)
    {
        var userName = $"c{Guid.NewGuid():N}"[..16];
        await factory.Services.GetRequiredService<AccountDirectory>().AddUserAsync(
            new UserAccount(userName, "测试编制人", PasswordHasher.Hash("test-pass"), Roles.Consultant, code));
        return await factory.SignedInAsync(userName, "test-pass");
    }

    private async Task<JsonElement> PublicAsync(string code, string? asOf = null)
    {
        var response = await factory.CreateClient().GetAsync($"/api/public/firms/{code}" + (asOf is null ? "" : $"?asOf={asOf}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>The score as the register stores it, which must agree with the one recomputed from the records.</summary>
    private async Task<decimal> ScoreAsync(string code)
    {
        var stored = Assert.Single((await (await factory.CreateClient().GetAsync($"/api/public/firms?q={code}")).JsonAsync()).GetProperty("items").EnumerateArray())
            .GetProperty("score").GetDecimal();
        Assert.Equal(stored, (await PublicAsync(code)).GetProperty("score").GetDecimal());
        return stored;
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Workbook() => Tenders.Sample;
}
