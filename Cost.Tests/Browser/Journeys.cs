using System.Net.Http.Json;
using Cost.Samples;
using Cost.Tests.Web;
using Microsoft.Playwright;

namespace Cost.Tests.Browser;

/// <summary>
/// The three journeys of the people who use the system — consultant, bureau, public — in
/// Debian's chromium at desktop and phone sizes (contract pages, zh-CN).
/// </summary>
public abstract class Journeys(BrowserApp app)
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "data", "samples");

    [Fact]
    public async Task The_check_of_every_step_fails_a_page_with_an_unnamed_image_or_a_squeezed_cell()
    {
        await using var journey = await Journey.StartAsync(app, "检查自测");
        await journey.Page.SetContentAsync("""<html lang="zh-CN"><head><title>自测</title></head><body><main><h1>自测</h1><img src="data:,"></main></body></html>""");
        var axe = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => journey.CheckAsync("无替代文字的图片"));
        Assert.Contains("image-alt", axe.Message, StringComparison.Ordinal);

        await journey.Page.SetContentAsync("""<html lang="zh-CN"><head><title>自测</title></head><body><main><h1>自测</h1><table><tr><th>名称</th><td style="width:1em;display:inline-block">二〇二六年十二月</td></tr></table></main></body></html>""");
        var layout = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => journey.CheckAsync("过窄的单元格"));
        Assert.Contains("单元格", layout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consultant_uploads_reads_the_findings_corrects_and_submits()
    {
        await using var journey = await Journey.StartAsync(app, "咨询企业");
        var page = journey.Page;
        await journey.SignInAsync("consultant", "consultant-demo");

        var code = $"UI-{app.Size}-C";
        await page.GetByText("登记新的招标项目").ClickAsync();
        await page.GetByLabel("招标项目编号").FillAsync(code);
        await page.GetByLabel("项目名称").FillAsync("西安市某小学综合楼");
        await page.GetByLabel("工程类型").SelectOptionAsync("school");
        await page.GetByLabel("建筑面积").FillAsync("6800");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记项目" }).ClickAsync();
        await page.WaitForURLAsync($"**/projects/{code}");
        await journey.CheckAsync("新项目");

        await page.GetByLabel("工作簿（.xlsx").SetInputFilesAsync(Path.Combine(Samples, SampleWorkbooks.WithErrorsFileName));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已上传第 1 版")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#findings")).ToContainTextAsync("合价");
        await journey.CheckAsync("检查结果");

        await page.GetByLabel("筛选检查结果").FillAsync("合价 010502001001");
        await Assertions.Expect(page.Locator("#findings tbody tr:not([hidden])")).ToHaveCountAsync(1);
        await journey.CheckAsync("筛选");

        await page.GetByLabel("工作簿（.xlsx").SetInputFilesAsync(Path.Combine(Samples, SampleWorkbooks.FileName));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已上传第 2 版：没有错误")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(SampleBoq.PlumbingUnit).First).ToBeVisibleAsync();
        await journey.CheckAsync("按单位工程");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已提交备案")).ToBeVisibleAsync();
        Assert.Contains("提交第 2 版备案", journey.Dialogs[^1], StringComparison.Ordinal);
        await journey.CheckAsync("已提交");
    }

    [Fact]
    public async Task The_bureau_files_reviews_prices_publishes_and_records_credit()
    {
        var code = await SubmittedProjectAsync($"UI-{app.Size}-B");
        await using var journey = await Journey.StartAsync(app, "造价站");
        var page = journey.Page;
        await journey.SignInAsync("bureau", "bureau-demo");

        await page.GetByRole(AriaRole.Link, new() { Name = "待备案" }).ClickAsync();
        await journey.CheckAsync("备案队列");
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "备案" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已备案。")).ToBeVisibleAsync();
        Assert.Contains("备案后给出备案号", journey.Dialogs[^1], StringComparison.Ordinal);
        await journey.CheckAsync("已备案");

        await journey.GoAsync("/prices/review", "信息价审核");
        // A month still collecting offers no 发布: it is closed and its drafts reviewed first.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("仍在采集：截止采集、审核草稿后才能发布。")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "截止采集并计算草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已截止采集")).ToBeVisibleAsync();
        Assert.Contains("截止后不再接收调查表", journey.Dialogs[^1], StringComparison.Ordinal);
        await page.GetByText("只看需复核").ClickAsync();
        await page.GetByLabel("类别").SelectOptionAsync("人工");
        await page.GetByRole(AriaRole.Button, new() { Name = "打开" }).ClickAsync();
        await journey.CheckAsync("需复核");
        // One series edited at a time, in a form of its own above the list.
        await page.Locator("#drafts tbody tr").First.Locator("a", new() { HasText = "修改" }).ClickAsync();
        await journey.CheckAsync("修改一个系列");
        await page.Locator("#edit").GetByLabel("含税价").FillAsync("199.50");
        await page.Locator("#edit").GetByLabel("修改理由").FillAsync("本月无报价，按劳务市场抽查价确定");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();
        await Assertions.Expect(page.GetByText("已修改").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("已发布第 1 版")).ToBeVisibleAsync();
        Assert.Contains("交易平台", journey.Dialogs[^1], StringComparison.Ordinal);
        // Post-redirect-get: the page shown is a plain address, so a refresh does not publish again.
        Assert.DoesNotContain("handler", page.Url, StringComparison.Ordinal);
        await journey.CheckAsync("已发布");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("已发布第 1 版")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".figure", new() { HasText = "已发布" })).ToBeVisibleAsync();

        await journey.GoAsync("/indices", "造价指数");
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();

        await journey.GoAsync("/firms", "诚信名录");
        await page.GetByRole(AriaRole.Link, new() { Name = "西安大唐工程咨询有限责任公司" }).ClickAsync();
        await page.GetByText("录入诚信记录").ClickAsync();
        await page.GetByLabel("说明").FillAsync("按期完成年度信用承诺，经核实予以记录。");
        await page.Locator("select[name=RuleCode]").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "录入" }).ClickAsync();
        await Assertions.Expect(page.GetByText("按期完成年度信用承诺").First).ToBeVisibleAsync();
        await journey.CheckAsync("录入诚信记录");
    }

    [Fact]
    public async Task The_public_reads_prices_charts_downloads_and_the_credit_register()
    {
        await using var journey = await Journey.StartAsync(app, "公众");
        var page = journey.Page;
        await journey.GoAsync("/", "首页");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "主要材料信息价" })).ToBeVisibleAsync();

        await journey.GoAsync("/prices", "信息价");
        await page.GetByLabel("编码或名称").FillAsync("热轧带肋钢筋");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator("table tbody tr").First).ToContainTextAsync("热轧带肋钢筋");
        await journey.CheckAsync("检索");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF 公报" }).ClickAsync());
        Assert.EndsWith(".pdf", pdf.SuggestedFilename);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel 表" }).ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);
        Assert.True(new FileInfo(await xlsx.PathAsync()).Length > 1000);

        await page.GetByRole(AriaRole.Link, new() { Name = "走势图" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("svg.chart")).ToBeVisibleAsync();
        await journey.CheckAsync("走势图");

        // A point's month and price, with every decimal, show on keyboard focus (and on tap, which focuses it).
        var point = page.Locator("svg.chart g.pt").Last;
        await point.FocusAsync();
        await Assertions.Expect(point.Locator("text.tip")).ToBeVisibleAsync();
        Assert.Matches(@"\d{4}-\d{2} .+：[\d,]+(\.\d+)?", await point.Locator("text.tip").TextContentAsync());
        await journey.CheckAsync("走势图数值");
        await page.GetByRole(AriaRole.Link, new() { Name = "全部" }).ClickAsync();
        await Assertions.Expect(page.Locator("svg.chart g.pt")).Not.ToHaveCountAsync(0);
        await journey.CheckAsync("全部月份");

        // Another spec of the same resource on the same chart.
        await page.Locator("fieldset input[name=compare]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "对比" }).ClickAsync();
        await Assertions.Expect(page.Locator("svg.chart path[fill=none]:not([stroke-dasharray])")).ToHaveCountAsync(2);
        await journey.CheckAsync("规格对比");

        await journey.GoAsync("/firms", "诚信名录");
        await page.GetByRole(AriaRole.Link, new() { Name = "陕西华正造价师事务所有限公司" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("陕西华正造价师事务所有限公司");
        await journey.CheckAsync("企业诚信档案");
    }

    [Fact]
    public async Task The_platform_registers_the_firm_submits_the_bureau_returns_then_files_and_anyone_verifies_the_receipt()
    {
        var code = $"UI-{app.Size}-F";
        var workbook = Path.Combine(Samples, SampleWorkbooks.FileName);
        using (var platform = new HttpClient { BaseAddress = app.BaseAddress })
        {
            var registered = await Tenders.PostAsync(platform, "/exchange/v1/tenders", new
            {
                tenderCode = code, name = "西安市某区第五小学教学楼", lot = "一标段",
                tenderee = new { name = "西安市某区教育局", creditCode = Cost.Tests.Domain.Credit.CreditBuilder.Code(30_000_011) },
                region = "610113", projectType = "school", buildingArea = 6400m, compilingFirm = "91610113MA6W8K3Q77",
                publishAt = "2027-01-04T09:00:00+08:00", bidDeadline = "2027-02-01T09:30:00+08:00",
            }, "journey-" + code);
            Assert.Equal(System.Net.HttpStatusCode.Created, registered.StatusCode);
        }

        await using (var consultant = await Journey.StartAsync(app, "备案-咨询企业"))
        {
            var page = consultant.Page;
            await consultant.SignInAsync("consultant", "consultant-demo");
            await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
            await page.GetByLabel("工作簿（.xlsx").SetInputFilesAsync(workbook);
            await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
            await Assertions.Expect(page.GetByText("已上传第 1 版：没有错误")).ToBeVisibleAsync();
            await consultant.CheckAsync("平台登记的项目");
            // The sample's 扉页 is left blank to sign on: the people are named at submission.
            await Assertions.Expect(page.GetByText("本版工作簿没有填写编制人、复核人")).ToBeVisibleAsync();
            await page.GetByLabel("编制人姓名").FillAsync("赵明远");
            await page.GetByLabel("复核人姓名").FillAsync("孙丽华");
            await page.GetByLabel("复核人注册号").FillAsync("建[造]16610000456");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
            await Assertions.Expect(page.GetByText("编制人 赵明远（建[造]16610000123）")).ToBeVisibleAsync();
            await consultant.CheckAsync("提交并核对编制人");
        }

        await using (var bureau = await Journey.StartAsync(app, "备案-造价站"))
        {
            var page = bureau.Page;
            await bureau.SignInAsync("bureau", "bureau-demo");
            await bureau.GoAsync($"/projects/{code}", "待审核");
            await page.GetByLabel("退回理由").FillAsync("表-11 安全文明施工费费率请按陕西省现行文件核对后重新提交。");
            await page.GetByRole(AriaRole.Button, new() { Name = "退回编制单位" }).ClickAsync();
            await Assertions.Expect(page.GetByText("第 1 版已退回编制单位。")).ToBeVisibleAsync();
            Assert.Contains("退回编制单位", bureau.Dialogs[^1], StringComparison.Ordinal);
            await bureau.CheckAsync("已退回");
            await bureau.GoAsync("/accounts", "账号管理");
            await bureau.GoAsync("/firms/91610113MA6W8K3Q77", "企业注册造价工程师名册");
            await Assertions.Expect(page.Locator("td", new() { HasText = "建[造]16610000456" })).ToBeVisibleAsync();
        }

        await using (var consultant = await Journey.StartAsync(app, "备案-改正"))
        {
            var page = consultant.Page;
            await consultant.SignInAsync("consultant", "consultant-demo");
            await consultant.GoAsync($"/projects/{code}", "退回理由");
            await Assertions.Expect(page.GetByText("安全文明施工费费率请按陕西省现行文件核对").First).ToBeVisibleAsync();
            await page.GetByLabel("工作簿（.xlsx").SetInputFilesAsync(workbook);
            await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
            await Assertions.Expect(page.GetByText("已上传第 2 版：没有错误")).ToBeVisibleAsync();
            await page.GetByLabel("编制人姓名").FillAsync("赵明远");
            await page.GetByLabel("复核人姓名").FillAsync("孙丽华");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
            await Assertions.Expect(page.GetByText("已提交备案")).ToBeVisibleAsync();
        }

        await using (var bureau = await Journey.StartAsync(app, "备案-备案"))
        {
            var page = bureau.Page;
            await bureau.SignInAsync("bureau", "bureau-demo");
            await bureau.GoAsync($"/projects/{code}", "重新提交");
            await page.GetByRole(AriaRole.Button, new() { Name = "备案" }).ClickAsync();
            await Assertions.Expect(page.GetByText("已备案。")).ToBeVisibleAsync();
            await bureau.CheckAsync("备案号");
            var receipt = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "备案回执（PDF）" }).ClickAsync());
            var text = PdfBulletinWriterTests.Flat(PdfBulletinWriterTests.PdfText(await File.ReadAllBytesAsync(await receipt.PathAsync())));
            Assert.Contains(PdfBulletinWriterTests.Flat("编制人：赵明远（注册号 建[造]16610000123）"), text, StringComparison.Ordinal);
            Assert.Contains("第2版", text, StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Link, new() { Name = "公开核验页" }).ClickAsync();
            await page.WaitForURLAsync("**/verify/**");
            await bureau.CheckAsync("核验页");
        }

        // The public verify page, as anyone holding the receipt opens it, with the workbook dropped on it.
        await using var visitor = await Journey.StartAsync(app, "备案-公众核验");
        var verify = visitor.Page;
        await visitor.GoAsync($"/verify?q={Uri.EscapeDataString(await FilingNumberAsync(code))}", "备案核验");
        await verify.GetByLabel("核对我手中的清单").SetInputFilesAsync(workbook);
        await verify.GetByRole(AriaRole.Button, new() { Name = "核对", Exact = true }).ClickAsync();
        await Assertions.Expect(verify.GetByText("与备案的清单文件相同")).ToBeVisibleAsync();
        await visitor.CheckAsync("核对一致");
        await visitor.GoAsync("/register", "咨询企业人员注册");
    }

    [Fact]
    public async Task The_bureau_notifies_a_record_the_firm_states_its_case_with_a_file_and_the_bureau_decides()
    {
        const string firm = "/firms/91610113MA6W8K3Q77";
        var note = $"备案资料逾期报送（{app.Size}）";
        int no;
        await using (var bureau = await Journey.StartAsync(app, "诚信-造价站告知"))
        {
            var page = bureau.Page;
            await bureau.SignInAsync("bureau", "bureau-demo");
            await bureau.GoAsync(firm, "企业诚信档案");
            await page.GetByText("录入诚信记录").ClickAsync();
            await page.Locator("select[name=RuleCode]").SelectOptionAsync("B05");
            await page.GetByLabel("说明").FillAsync(note);
            await page.GetByRole(AriaRole.Button, new() { Name = "录入" }).ClickAsync();
            var message = await page.Locator(".alert.ok").TextContentAsync();
            no = int.Parse(System.Text.RegularExpressions.Regex.Match(message!, @"第 (\d+) 号").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            await Assertions.Expect(page.Locator($"#record-{no} .stage")).ToHaveTextAsync("拟记录，未告知");
            await bureau.CheckAsync("拟记录");
            await page.Locator($"#record-{no}").GetByRole(AriaRole.Button, new() { Name = "告知企业" }).ClickAsync();
            await Assertions.Expect(page.Locator($"#record-{no} .stage")).ToContainTextAsync("已告知，陈述申辩期至");
            await bureau.CheckAsync("已告知");
        }

        await using (var consultant = await Journey.StartAsync(app, "诚信-企业陈述申辩"))
        {
            var page = consultant.Page;
            await consultant.SignInAsync("consultant", "consultant-demo");
            await consultant.GoAsync(firm, "本企业档案");
            var record = page.Locator($"#record-{no}");
            await record.GetByLabel("陈述申辩").FillAsync("该项目资料已按时通过邮寄报送，附邮寄凭证。");
            await record.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
            {
                Name = "邮寄凭证.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 邮寄凭证"u8.ToArray(),
            });
            await record.GetByRole(AriaRole.Button, new() { Name = "提交陈述申辩" }).ClickAsync();
            await Assertions.Expect(page.Locator($"#record-{no} .stage")).ToHaveTextAsync("已陈述申辩，待决定");
            await Assertions.Expect(page.Locator($"#record-{no}").GetByRole(AriaRole.Link, new() { Name = "邮寄凭证.pdf" })).ToBeVisibleAsync();
            await consultant.CheckAsync("已陈述申辩");
        }

        await using (var bureau = await Journey.StartAsync(app, "诚信-造价站决定"))
        {
            var page = bureau.Page;
            await bureau.SignInAsync("bureau", "bureau-demo");
            await bureau.GoAsync("/credit/appeals", "诚信待办");
            await page.Locator($"a[href='{firm}#record-{no}']").ClickAsync();
            var record = page.Locator($"#record-{no}");
            await record.GetByLabel("决定理由").FillAsync("邮寄凭证显示按期寄出，但到达逾期，确认记录。");
            await record.GetByRole(AriaRole.Button, new() { Name = "确认并公示" }).ClickAsync();
            await Assertions.Expect(page.Locator($"#record-{no} .stage")).ToContainTextAsync("公示中");
            await bureau.CheckAsync("决定并公示");

            await page.GetByRole(AriaRole.Link, new() { Name = "赵明远" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("建[造]16610000123");
            await bureau.CheckAsync("注册造价工程师");
            await bureau.GoAsync("/calendar?year=2026", "工作日历");
            await Assertions.Expect(page.GetByText("国庆节调休上班")).ToHaveCountAsync(2);
        }
    }

    private async Task<string> FilingNumberAsync(string code)
    {
        using var client = await new HttpClient { BaseAddress = app.BaseAddress }.SignInAsync("consultant", "consultant-demo");
        return (await (await client.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync()).Text("filingNumber")!;
    }

    /// <summary>A consultant's project with a clean bill, submitted through the API, waiting in the bureau's queue.</summary>
    private async Task<string> SubmittedProjectAsync(string code)
    {
        using var client = await new HttpClient { BaseAddress = app.BaseAddress }.SignInAsync("consultant", "consultant-demo");
        (await client.PostAsJsonAsync("/api/projects", new { tenderCode = code, name = "西安市某医院门诊楼", region = "610113", projectType = "hospital", buildingArea = 15200 }))
            .EnsureSuccessStatusCode();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(Samples, SampleWorkbooks.FileName))), "file", "清单.xlsx" } };
        (await client.PostAsync($"/api/projects/{code}/boq", form)).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/projects/{code}/submit", null)).EnsureSuccessStatusCode();
        return code;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserSuite
{
    public const string Name = "browser";
}

[Collection(BrowserSuite.Name)]
public sealed class DesktopJourneys(DesktopApp app) : Journeys(app), IClassFixture<DesktopApp>;

[Collection(BrowserSuite.Name)]
public sealed class PhoneJourneys(PhoneApp app) : Journeys(app), IClassFixture<PhoneApp>;
