using System.Text.Json;
using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

public class CreditCodeTests
{
    [Theory]
    [InlineData("91610113MA6W8K3Q77")]
    [InlineData("91610103MA7B1N4DX0")]
    [InlineData("91350100M000100Y43")]
    [InlineData("914403001922038216")]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100799655058B")]
    [InlineData("91110000802100433B")]
    [InlineData("91440300708461136T")]
    [InlineData("91110108551385082Q")]
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

    /// <summary>
    /// GB 32100 §4.4: the check character's weights are all non-zero modulo the prime 31, so changing any
    /// one of the first 17 characters changes the check; the 17th is also the organisation code's check.
    /// </summary>
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("9144030071526726XG")]
    [InlineData("91610113MA6W8K3Q77")]
    public void Every_single_character_substitution_is_caught(string valid)
    {
        const string candidates = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var c in candidates.Where(c => c != valid[i]))
            {
                var corrupted = string.Concat(valid.AsSpan(0, i), c.ToString(), valid.AsSpan(i + 1));
                var problem = CreditCode.Problem(corrupted);
                Assert.True(problem is not null, $"{corrupted}（第 {i + 1} 位改为 {c}）未被发现");
                Assert.Matches("第 1?[0-9] 位", problem);
            }
        }
    }

    [Fact]
    public void A_wrong_organisation_check_character_is_named()
    {
        // 9144030071526726XG with its 17th character (the organisation code's check) changed.
        var problem = CreditCode.Problem("91440300715267260G");
        Assert.Contains("第 17 位", problem);
        Assert.Contains("“X”", problem);
    }

    [Fact]
    public void A_character_outside_the_alphabet_is_named_with_its_position()
    {
        var problem = CreditCode.Problem("91350100M000100V43");
        Assert.Contains("第 16 位", problem);
        Assert.Contains("“V”", problem);
    }
}
