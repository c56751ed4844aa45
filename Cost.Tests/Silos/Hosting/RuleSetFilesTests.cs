using Cost.Domain.Pricing;
using Cost.Silos.Hosting;

namespace Cost.Tests.Silos.Hosting;

/// <summary>data/rule-sets/: the shipped files load; a clerk's typo or impossible rate stops the start, naming file and key.</summary>
public sealed class RuleSetFilesTests : IDisposable
{
    private const string Valid = """
        {
          "_说明": "测试",
          "code": "XX-2025",
          "name": "某省规则（测试）",
          "kind": "provincial",
          "inForceFrom": "2025-01-01",
          "taxMethods": [
            { "method": "general", "name": "一般计税法", "rate": 9, "base": "分部分项工程费+措施项目费+其他项目费+规费" },
            { "method": "simple", "name": "简易计税法", "rate": 3, "base": "分部分项工程费 ＋ 措施项目费+其他项目费+规费" }
          ],
          "nonCompetitive": [
            { "table": "表-11", "code": "011707001", "name": "安全文明施工费", "rate": 3.80, "base": "分部分项工程费+单价措施项目费" }
          ],
          "abolished": [ { "name": "工程排污费", "endedOn": "2018-01-01" } ]
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("rule-sets-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DataFolder Folder(string json, string fileName = "XX-2025.json")
    {
        Directory.CreateDirectory(Path.Combine(_root, RuleSetFiles.Folder));
        File.WriteAllText(Path.Combine(_root, RuleSetFiles.Folder, fileName), json);
        return new DataFolder(_root);
    }

    [Fact]
    public void The_shipped_rule_sets_load_with_the_national_editions_and_the_sample_province()
    {
        var catalogue = RuleSetFiles.Load(DataFolder.Beside(null));

        Assert.Equal(["GB50500-2013", "SN-2025", "GB/T50500-2024"], catalogue.All.Select(r => r.Code));
        Assert.Equal("GB/T50500-2024", catalogue.InForceOn(new DateOnly(2026, 1, 1)).Code);
        Assert.Equal("GB50500-2013", catalogue.InForceOn(new DateOnly(2025, 8, 31)).Code);
        Assert.All(catalogue.All.Where(r => r.Kind == RuleSetKind.National), r => Assert.Empty(r.NonCompetitiveFees));
    }

    [Fact]
    public void A_valid_file_with_comment_keys_loads()
    {
        var ruleSet = Assert.Single(RuleSetFiles.Load(Folder(Valid)).All);

        Assert.Equal((3.80m, "011707001", false), (ruleSet.NonCompetitiveFees[0].RatePercent, ruleSet.NonCompetitiveFees[0].Code, ruleSet.NonCompetitiveFees[0].Required));
        Assert.Equal(0.03m, ruleSet.For(TaxMethod.Simple).VatRate);
    }

    [Theory]
    [InlineData("\"rate\": 3.80", "\"rat\": 3.80", "nonCompetitive[0].rat")]
    [InlineData("\"kind\": \"provincial\"", "\"kind\": \"provincial\", \"vatRate\": 0.09", "vatRate")]
    [InlineData("\"endedOn\"", "\"ended\"", "abolished[0].ended")]
    public void An_unknown_key_stops_the_start_naming_the_file_and_the_key(string from, string to, string key)
    {
        var e = Assert.Throws<InvalidDataException>(() => RuleSetFiles.Load(Folder(Valid.Replace(from, to, StringComparison.Ordinal))));

        Assert.Contains("rule-sets/XX-2025.json", e.Message, StringComparison.Ordinal);
        Assert.Contains($"“{key}”", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"rate\": 3.80", "\"rate\": 380", "nonCompetitive[0].rate")]
    [InlineData("\"rate\": 3.80", "\"rate\": -1", "nonCompetitive[0].rate")]
    [InlineData("\"rate\": 9", "\"rate\": 100.5", "taxMethods[0].rate")]
    public void A_rate_outside_0_to_100_stops_the_start_naming_the_file_and_the_key(string from, string to, string key)
    {
        var e = Assert.Throws<InvalidDataException>(() => RuleSetFiles.Load(Folder(Valid.Replace(from, to, StringComparison.Ordinal))));

        Assert.Contains("rule-sets/XX-2025.json", e.Message, StringComparison.Ordinal);
        Assert.Contains($"“{key}”", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_the_system_cannot_compute_or_a_missing_tax_method_stops_the_start()
    {
        var typo = Assert.Throws<InvalidDataException>(() => RuleSetFiles.Load(Folder(Valid.Replace("单价措施项目费\"", "单价措施费\"", StringComparison.Ordinal))));
        Assert.Contains("“nonCompetitive[0].base”", typo.Message, StringComparison.Ordinal);

        var noSimple = Valid.Replace("\"method\": \"simple\"", "\"method\": \"general\"", StringComparison.Ordinal);
        Assert.Contains("simple", Assert.Throws<InvalidDataException>(() => RuleSetFiles.Load(Folder(noSimple))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_its_key()
    {
        var e = Assert.Throws<InvalidDataException>(() => RuleSetFiles.Load(Folder(Valid.Replace("\"kind\": \"provincial\"", "\"kind\": \"state\"", StringComparison.Ordinal))));

        Assert.Contains("rule-sets/XX-2025.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("kind", e.Message, StringComparison.Ordinal);
    }
}
