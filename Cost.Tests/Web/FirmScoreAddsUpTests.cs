using System.Globalization;
using System.Text.RegularExpressions;

namespace Cost.Tests.Web;

/// <summary>
/// The public credit page's score adds up: base score, the public records shown, and the line that says how many
/// records the rules keep from the public and what they sum to (秦川 has a B05 record, which is not published).
/// </summary>
public sealed partial class FirmScoreAddsUpTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    /// <summary>data/credit-grades.json baseScore.</summary>
    private const decimal BaseScore = 80m;

    [Fact]
    public async Task The_public_page_names_the_hidden_records_so_that_the_score_adds_up()
    {
        const string firm = "91610113MA6W8K3Q77";
        var api = await (await factory.CreateClient().GetAsync($"/api/public/firms/{firm}")).JsonAsync();
        var shown = api.GetProperty("records").EnumerateArray().Sum(r =>
            (r.GetProperty("kind").GetString() == "good" ? 1 : -1) * r.GetProperty("points").GetDecimal());

        var html = await factory.CreateClient().GetStringAsync($"/firms/{firm}");

        var hidden = HiddenLine().Match(html);
        Assert.True(hidden.Success, "页面应写明不公示记录的条数和合计分");
        var sum = decimal.Parse(hidden.Groups["points"].Value, CultureInfo.InvariantCulture) * (hidden.Groups["sign"].Value == "−" ? -1 : 1);
        Assert.Equal(api.GetProperty("score").GetDecimal(), BaseScore + shown + sum);
    }

    [GeneratedRegex("含 (?<count>\\d+) 条不公示记录（合计 (?<sign>[+−]?)(?<points>[\\d.]+) 分）")]
    private static partial Regex HiddenLine();
}
