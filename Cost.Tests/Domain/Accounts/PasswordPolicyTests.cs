using Cost.Domain.Accounts;

namespace Cost.Tests.Domain.Accounts;

/// <summary>The password policy: long enough, not the user name, not a common password.</summary>
public class PasswordPolicyTests
{
    private static readonly string[] Favourites = ["1234567890", "qwertyuiop", "a123456789", "woaini1314", "1qaz2wsx3edc"];

    private static readonly PasswordPolicy Policy = new(["1234567890", "qwertyuiop", "a123456789", "woaini1314", " Password123 "]);

    [Theory]
    [InlineData("秦川造价咨询编制人用")]
    [InlineData("correct horse battery")]
    [InlineData("西安 2026 造价站")]
    public void A_long_uncommon_password_without_the_name_is_accepted(string password) =>
        Assert.Null(Policy.Refusal("zhangsan", password));

    [Fact]
    public void Nine_characters_are_refused_and_ten_chinese_characters_are_enough()
    {
        Assert.Contains("至少 10 个字符", Policy.Refusal("zhangsan", "abcdefgh9"), StringComparison.Ordinal);
        Assert.Null(Policy.Refusal("zhangsan", "市造价站审核员的密码"));
    }

    [Theory]
    [InlineData("ZhangSan2026!")]
    [InlineData("my-zhangsan-pw")]
    [InlineData("ZHANGSAN12345")]
    public void A_password_containing_the_user_name_in_any_case_is_refused(string password) =>
        Assert.Contains("用户名", Policy.Refusal("zhangsan", password), StringComparison.Ordinal);

    [Theory]
    [InlineData("1234567890")]
    [InlineData("QWERTYUIOP")]
    [InlineData("A123456789")]
    [InlineData("woaini1314")]
    [InlineData("password123")]
    public void A_common_password_is_refused_whatever_its_case(string password) =>
        Assert.Contains("太常见", Policy.Refusal("zhangsan", password), StringComparison.Ordinal);

    [Fact]
    public void The_shipped_list_names_the_favourites_of_chinese_users()
    {
        var shipped = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "common-passwords.json")))
            .RootElement.GetProperty("passwords").EnumerateArray().Select(p => p.GetString()!).ToList();
        var policy = new PasswordPolicy(shipped);

        Assert.InRange(shipped.Count, 300, 2000);
        Assert.All(Favourites, p => Assert.NotNull(policy.Refusal("bureau", p)));
    }
}
