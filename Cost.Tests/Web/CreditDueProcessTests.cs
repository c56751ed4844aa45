using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cost.Contracts;
using Cost.Silos.Accounts;
using Cost.Tests.Domain.Credit;
using Cost.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// Records in force on the day they are decided (an installation with Credit:PublicityDays=0): the grade-C gate on
/// submissions, repair (信用修复) after the rule's minimum period, the working-day calendar, and engineers' own records.
/// One system of its own, started once for the class.
/// </summary>
public sealed class CreditDueProcessTests(InstantPublicityFactory factory) : IClassFixture<InstantPublicityFactory>
{
    private readonly InstantPublicityFactory _factory = factory;

    [Fact]
    public async Task A_firm_graded_C_cannot_submit_a_ceiling_price_until_its_grade_recovers()
    {
        var code = await RegisterAsync();
        var consultant = await ConsultantOfAsync(code);
        var bureau = await _factory.BureauAsync();
        var tender = $"C-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = tender, name = "测试教学楼", region = "610113", projectType = "school" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(tender, Tenders.Sample)).StatusCode);

        var ids = new List<int>();
        foreach (var note in new[] { "虚假材料一", "虚假材料二" })
        {
            var id = await CreditLife.ProposeAsync(bureau, code, "B03", note);
            Assert.Equal("生效", (await CreditLife.DecideAsync(bureau, consultant, code, id)).GetProperty("stage").GetString());
            ids.Add(id);
        }

        Assert.Equal("C", (await PublicAsync(code)).GetProperty("grade").GetString());
        var refused = await consultant.PostAsync($"/api/projects/{tender}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("诚信等级", (await refused.JsonAsync()).GetProperty("detail").GetString());

        await consultant.PostAsJsonAsync($"/api/firms/{code}/records/{ids[0]}/appeal", new { reason = "已整改" });
        await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{ids[0]}/appeal/decision", new { decision = "revoke", reason = "材料属实" });
        Assert.Equal("B", (await PublicAsync(code)).GetProperty("grade").GetString());
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{tender}/submit", null)).StatusCode);
    }

    [Fact]
    public async Task A_repaired_record_stops_counting_leaves_the_public_page_and_the_grade_change_is_said()
    {
        var code = await RegisterAsync();
        var consultant = await ConsultantOfAsync(code);
        var bureau = await _factory.BureauAsync();
        var grain = _factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IFirmGrain>(GrainKeys.Firm(code));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        // An administrative penalty in force for 13 months (B04: 15 points for 24 months, repair after 12).
        var penalty = (await grain.AddRecord(new CreditEntry("B04", today.AddMonths(-13), null, "市住建罚字 3 号", "行政处罚", "bureau", Settled: true))).Value!.Record!.No;
        // A fresh B02 cannot be repaired yet.
        var fresh = (await grain.AddRecord(new CreditEntry("B02", today.AddMonths(-1), null, null, "两次退回", "bureau", Settled: true))).Value!.Record!.No;
        Assert.Equal(80m - 15 - 5, (await PublicAsync(code)).GetProperty("score").GetDecimal());

        Assert.Contains("生效满 3 个月", await DetailAsync(await CreditLife.ApplyForRepairAsync(consultant, code, fresh, "已整改")));
        Assert.Equal(HttpStatusCode.BadRequest, (await CreditLife.ApplyForRepairAsync(consultant, code, penalty, " ")).StatusCode);

        var applied = await CreditLife.ApplyForRepairAsync(consultant, code, penalty, "罚款已缴清，整改到位，并作出信用承诺。", ("缴款凭证.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("repairApplied", (await applied.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(60m, (await PublicAsync(code)).GetProperty("score").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await CreditLife.ApplyForRepairAsync(consultant, code, penalty, "再次申请")).StatusCode);

        var granted = await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{penalty}/repair/decision", new { decision = "grant", reason = "整改到位，准予修复" });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (await granted.JsonAsync()).GetProperty("repairedOn").GetString());

        var now = await PublicAsync(code);
        Assert.Equal(75m, now.GetProperty("score").GetDecimal());
        Assert.DoesNotContain(now.GetProperty("records").EnumerateArray(), r => r.GetProperty("recordId").GetInt32() == penalty);
        var repair = Assert.Single(now.GetProperty("repairs").EnumerateArray());
        Assert.Equal((today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "B", "A"), (repair.GetProperty("on").GetString(), repair.GetProperty("from").GetString(), repair.GetProperty("to").GetString()));
        Assert.Equal(60m, (await PublicAsync(code, today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).GetProperty("score").GetDecimal());

        var file = await (await consultant.GetAsync($"/api/firms/{code}/file")).JsonAsync();
        var seen = file.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordId").GetInt32() == penalty);
        Assert.Equal("repaired", seen.GetProperty("status").GetString());
        Assert.Equal("缴款凭证.png", seen.GetProperty("repair").GetProperty("attachments")[0].GetProperty("fileName").GetString());
        var page = WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync($"/firms/{code}"));
        Assert.Contains("经信用修复，信用等级由 B 调整为 A", page);
    }

    [Fact]
    public async Task The_bureau_enters_a_holiday_week_and_the_next_notice_gives_the_firm_its_working_days_after_it()
    {
        var client = _factory.CreateClient();
        var year = await (await client.GetAsync("/api/public/calendar?year=2026")).JsonAsync();
        Assert.True(year.GetProperty("holidaysEntered").GetBoolean());
        // 261 weekdays, less 19 holidays on weekdays, plus 6 Saturdays and Sundays worked.
        Assert.Equal(248, year.GetProperty("workingDays").GetInt32());
        Assert.Contains(year.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-10-10" && d.GetProperty("kind").GetString() == "workday");

        var bureau = await _factory.BureauAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var week = Enumerable.Range(1, 10).Select(today.AddDays).ToList();
        foreach (var day in week)
        {
            var saved = await bureau.PutAsJsonAsync($"/api/calendar/{day:yyyy-MM-dd}", new { kind = "holiday", name = "临时停工" });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PutAsJsonAsync("/api/calendar/2026-02-30", new { kind = "holiday", name = "?" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PutAsJsonAsync("/api/calendar/2026-12-31", new { kind = "rest", name = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _factory.ConsultantAsync()).PutAsJsonAsync("/api/calendar/2026-12-31", new { kind = "holiday", name = "x" })).StatusCode);

        var offDays = new HashSet<DateOnly>(week);
        foreach (var y in new[] { today.Year, today.Year + 1 })
        {
            foreach (var d in (await (await client.GetAsync($"/api/public/calendar?year={y}")).JsonAsync()).GetProperty("days").EnumerateArray())
            {
                var date = DateOnly.Parse(d.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
                if (d.GetProperty("kind").GetString() == "holiday") { offDays.Add(date); } else { offDays.Remove(date); Assert.True(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday); }
            }
        }

        var expected = today;
        for (var counted = 0; counted < 5;)
        {
            expected = expected.AddDays(1);
            counted += !offDays.Contains(expected) && expected.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) ? 1 : 0;
        }

        var code = await RegisterAsync();
        var id = await CreditLife.ProposeAsync(bureau, code, "B05", "逾期报送");
        var notice = await (await bureau.PostAsync($"/api/firms/{code}/records/{id}/notice", null)).JsonAsync();
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), notice.GetProperty("statementDeadline").GetString());
        Assert.True(expected > week[^1]);

        foreach (var day in week)
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.DeleteAsync($"/api/calendar/{day:yyyy-MM-dd}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await bureau.DeleteAsync($"/api/calendar/{week[0]:yyyy-MM-dd}")).StatusCode);
        var page = WebUtility.HtmlDecode(await bureau.GetStringAsync("/calendar?year=2026"));
        Assert.Contains("国庆节调休上班", page);
    }

    [Fact]
    public async Task An_engineers_record_follows_them_to_a_new_firm()
    {
        var (firstFirm, secondFirm) = (await RegisterAsync(), await RegisterAsync());
        var (first, second) = (await ConsultantOfAsync(firstFirm), await ConsultantOfAsync(secondFirm));
        var bureau = await _factory.BureauAsync();
        var number = $"建[造]1661{Random.Shared.Next(1_000_000, 9_999_999)}";
        var path = $"/api/engineers/{Uri.EscapeDataString(number)}";
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/api/public/engineers/{Uri.EscapeDataString(number)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.PostAsJsonAsync($"/api/firms/{firstFirm}/engineers", new { name = "郑调动", registrationNumber = number })).StatusCode);

        var added = await bureau.PostAsJsonAsync($"{path}/records", new { ruleCode = "E02", occurredOn = CreditLife.Today, note = "签署的结算书附虚假签证" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.JsonAsync()).GetProperty("recordId").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PostAsJsonAsync($"{path}/records", new { ruleCode = "B01", occurredOn = CreditLife.Today })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"{path}/records/{id}/notice", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.PostAsync($"{path}/records/{id}/statement", Text("与我们无关"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync($"{path}/records/{id}/statement", Text("签证系建设单位提供，已说明。"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"{path}/records/{id}/decision", new { decision = "confirm", reason = "签字属实" })).StatusCode);
        Assert.Equal(-12m, (await PublicEngineerAsync(number)).GetProperty("points").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"{path}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"{path}/file")).StatusCode);

        // The engineer moves: off the first firm's register, onto the second's.
        Assert.Equal(HttpStatusCode.Conflict, (await second.PostAsJsonAsync($"/api/firms/{secondFirm}/engineers", new { name = "郑调动", registrationNumber = number })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.DeleteAsync($"/api/firms/{firstFirm}/engineers/{Uri.EscapeDataString(number)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsJsonAsync($"/api/firms/{secondFirm}/engineers", new { name = "郑调动", registrationNumber = number })).StatusCode);

        var moved = await PublicEngineerAsync(number);
        Assert.Equal((secondFirm, -12m), (moved.GetProperty("firmCreditCode").GetString(), moved.GetProperty("points").GetDecimal()));
        Assert.Equal("E02", Assert.Single(moved.GetProperty("records").EnumerateArray()).GetProperty("ruleCode").GetString());
        var file = await (await second.GetAsync($"{path}/file")).JsonAsync();
        Assert.Equal(["recorded", "notified", "stated", "confirmed"],
            file.GetProperty("records")[0].GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"{path}/file")).StatusCode);
        var page = WebUtility.HtmlDecode(await second.GetStringAsync($"/firms/{secondFirm}"));
        Assert.Contains("郑调动", page);
        Assert.Contains("−12", page);
        Assert.Contains("签署的结算书附虚假签证", WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync($"/engineers/{Uri.EscapeDataString(number)}")));
    }

    [Fact]
    public async Task An_upheld_complaint_raises_the_signing_engineers_records_with_the_firms()
    {
        var consultant = await _factory.ConsultantAsync();
        var bureau = await _factory.BureauAsync();
        var code = await Tenders.RegisterAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsJsonAsync($"/api/projects/{code}/submit", new { compiler = new { name = "赵明远" }, reviewer = new { name = "孙丽华" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/file", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/publish", null)).StatusCode);
        var complaint = await (await bureau.PostAsJsonAsync($"/api/projects/{code}/complaints", new { complainantName = "某投标人", reason = "清单计价偏低" })).JsonAsync();
        var review = await bureau.PostAsync($"/api/projects/{code}/complaints/{complaint.GetProperty("id").GetString()}/review",
            new MultipartFormDataContent { { new ByteArrayContent(Tenders.Repriced(1.10m)), "file", "复核.xlsx" } });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        foreach (var number in new[] { "建[造]16610000123", "建[造]16610000456" })
        {
            var file = await (await consultant.GetAsync($"/api/engineers/{Uri.EscapeDataString(number)}/file")).JsonAsync();
            var record = file.GetProperty("records").EnumerateArray().Single(r => r.Text("linkUrl") == $"/projects/{code}");
            Assert.Equal(("E01", "notified"), (record.Text("ruleCode"), record.Text("status")));
        }
    }

    private static MultipartFormDataContent Text(string text) => new() { { new StringContent(text), "text" } };

    private async Task<JsonElement> PublicEngineerAsync(string number)
    {
        var response = await _factory.CreateClient().GetAsync($"/api/public/engineers/{Uri.EscapeDataString(number)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("detail").GetString()!;
    }

    private async Task<string> RegisterAsync()
    {
        var code = CreditBuilder.NewCode();
        Assert.Equal(HttpStatusCode.Created, (await (await _factory.BureauAsync()).PostAsJsonAsync("/api/firms", new { creditCode = code, name = "修复测试造价咨询有限公司" })).StatusCode);
        return code;
    }

    private async Task<HttpClient> ConsultantOfAsync(string code)
    {
        var userName = $"c{Guid.NewGuid():N}"[..16];
        await _factory.Services.GetRequiredService<AccountDirectory>().AddUserAsync(
            new UserAccount(userName, "测试编制人", PasswordHasher.Hash("test-pass"), Roles.Consultant, code));
        return await _factory.SignedInAsync(userName, "test-pass");
    }

    private async Task<JsonElement> PublicAsync(string code, string? asOf = null)
    {
        var response = await _factory.CreateClient().GetAsync($"/api/public/firms/{code}" + (asOf is null ? "" : $"?asOf={asOf}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}

/// <summary>A system whose decided credit records are in force the same day (no publicity period).</summary>
public sealed class InstantPublicityFactory()
    : CostWebFactory(Directory.CreateTempSubdirectory("cost-repair-").FullName, new Dictionary<string, string> { ["Credit:PublicityDays"] = "0" }, ownsFolder: true);
