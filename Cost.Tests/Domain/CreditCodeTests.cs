using System.Text.Json;
using Cost.Domain.Credit;

namespace Cost.Tests.Domain;

public class CreditCodeTests
{
    [Theory]
    [InlineData("91610113MA6W8K3Q77")]
    [InlineData("91610103MA7B1N4DX0")]
    [InlineData("91350100M000100Y43")]
    public void Valid_codes_pass(string code) => Assert.Null(CreditCode.Problem(code));

    [Fact]
    public void Every_sample_firm_has_a_valid_code()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "firms.json")));
        var codes = json.RootElement.GetProperty("firms").EnumerateArray().Select(f => f.GetProperty("creditCode").GetString()).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Null(CreditCode.Problem(code)));
    }

    [Fact]
    public void A_wrong_check_character_is_named()
    {
        var problem = CreditCode.Problem("91350100M000100Y44");
        Assert.Contains("第 18 位", problem);
        Assert.Contains("“3”", problem);
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("91350100M000100Y4", "18 位")]
    [InlineData("91350100M000I00Y43", "第 13 位")]
    public void Malformed_codes_say_what_is_wrong(string code, string expected) =>
        Assert.Contains(expected, CreditCode.Problem(code));
}
