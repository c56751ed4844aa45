using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cost.Domain.Bills;
using Cost.Samples;

namespace Cost.Tests.Web;

/// <summary>
/// Every finding in the upload answer says where it is, which rule and which unit work and item it is about, and
/// every amount in the answer has at most 2 decimals — on the demo workbooks shipped in data/samples, which the
/// tests did not write for themselves.
/// </summary>
[Collection(WebSuite.Name)]
public sealed partial class FindingsApiTests(CostWebFactory factory)
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "data", "samples");

    private static readonly HashSet<string> Rules = [.. typeof(FindingRules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    /// <summary>The rules whose stated and expected are amounts of money (others compare rates, unit rates or quantities).</summary>
    private static readonly HashSet<string> MoneyRules =
    [
        FindingRules.LineAmount, FindingRules.Subtotal, FindingRules.PageSubtotal, FindingRules.TableTotal,
        FindingRules.LumpSum, FindingRules.Fee, FindingRules.Tax, FindingRules.Summary,
    ];

    /// <summary>Numbers in the answer that are counts or positions, not amounts.</summary>
    private static readonly HashSet<string> Counts = ["version", "lineCount", "errorCount", "row"];

    public static TheoryData<string> DemoWorkbooks() => [.. Directory.GetFiles(Samples, "*.xlsx").Select(Path.GetFileName).Order().OfType<string>()];

    [Theory]
    [MemberData(nameof(DemoWorkbooks))]
    public async Task Each_finding_of_a_demo_workbook_names_its_rule_unit_work_and_the_item_of_its_row(string fileName)
    {
        var (answer, workbook) = await UploadAsync(fileName);
        using var read = workbook;

        var findings = answer.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f =>
        {
            var rule = f.GetProperty("rule").GetString()!;
            Assert.Contains(rule, Rules);
            if (rule != FindingRules.ProjectName) // the one finding about the workbook as a whole
            {
                Assert.False(string.IsNullOrWhiteSpace(f.Text("unit")), $"{rule} {f.Text("message")}: 没有单位工程");
            }

            if (f.Text("sheet") is { } sheet && f.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Number
                && CodeOfRow(read.Worksheet(sheet).Row(row.GetInt32())) is { } code)
            {
                Assert.Equal(code, f.Text("itemCode"));
            }
        });
        if (fileName == SampleWorkbooks.WithErrorsFileName)
        {
            Assert.Contains(findings, f => f.Text("itemCode") == "010502001001" && f.Text("rule") == FindingRules.LineAmount
                && f.Text("itemName") == "矩形柱" && f.Text("unit") == SampleBoq.BuildingUnit);
        }
    }

    [Theory]
    [MemberData(nameof(DemoWorkbooks))]
    public async Task Every_amount_in_the_upload_answer_has_at_most_two_decimals(string fileName)
    {
        var (answer, workbook) = await UploadAsync(fileName);
        workbook.Dispose();

        Assert.Empty(AmountsBeyondTheCent(answer, "$"));
        Assert.NotEqual(0m, answer.GetProperty("total").GetDecimal());
    }

    /// <summary>Registers a tender named as the workbook's file (so the project name agrees) and uploads the workbook.</summary>
    private async Task<(JsonElement Answer, XLWorkbook Workbook)> UploadAsync(string fileName)
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant, fileName.Split("-招标控制价")[0]);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Samples, fileName));
        var upload = await consultant.UploadAsync(code, bytes, fileName);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        return (await upload.JsonAsync(), new XLWorkbook(new MemoryStream(bytes)));
    }

    /// <summary>The 12-digit item code the row states, if any.</summary>
    private static string? CodeOfRow(IXLRow row) =>
        row.CellsUsed().Select(c => c.GetString().Trim()).FirstOrDefault(ItemCodeText().IsMatch);

    /// <summary>
    /// The paths of the numbers that are amounts and are not whole cents: every number but counts and positions, and
    /// a finding's stated and expected only where its rule compares money.
    /// </summary>
    private static IEnumerable<string> AmountsBeyondTheCent(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject()
            .Where(p => !Counts.Contains(p.Name)
                && (p.Name is not ("stated" or "expected") || MoneyRules.Contains(e.GetProperty("rule").GetString()!)))
            .SelectMany(p => AmountsBeyondTheCent(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => e.EnumerateArray().SelectMany((item, i) => AmountsBeyondTheCent(item, $"{path}[{i}]")),
        JsonValueKind.Number when e.GetDecimal() is var d && d != Math.Round(d, 2) => [$"{path} = {e.GetRawText()}"],
        _ => [],
    };

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex ItemCodeText();
}
