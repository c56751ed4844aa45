using Cost.Domain.Bills;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

public sealed class MainMaterialsTableTests
{
    private static readonly byte[] Bill = Workbooks.Write(SampleBoq.Create());

    private static byte[] WithTable21(string projectName = "某中学教学楼") => MaterialsTable.ExcelDigits(
        MaterialsTable.Add(Bill, "主要材料", projectName, MaterialsTable.Table21,
            MaterialsTable.Row("01010201", "热轧带肋钢筋 HRB400E Φ12", "t", 12.5m, 4000.07m),
            MaterialsTable.Row(null, "预拌混凝土 C30", "m³", 356m, 500m),
            MaterialsTable.Row("00010101", "普工", "工日", 80m, 150m)),
        "主要材料", 4000.07m);

    [Fact]
    public void A_table_21_is_found_by_its_title_and_read_by_its_header_text()
    {
        var result = Workbooks.Read(WithTable21());

        Assert.Equal(3, result.Materials.Length);
        var rebar = result.Materials[0];
        Assert.Equal(("主要材料", 5, "G"), (rebar.Sheet, rebar.Row, rebar.PriceColumn));
        Assert.Equal(("01010201", "热轧带肋钢筋 HRB400E Φ12", "", "t"), (rebar.Code, rebar.Name, rebar.Spec, rebar.Unit));
        Assert.Equal((12.5m, 4000.07m), (rebar.Quantity, rebar.Price));
        Assert.Equal(("预拌混凝土 C30", "m³", 500m), (result.Materials[1].Name, result.Materials[1].Unit, result.Materials[1].Price));
    }

    [Fact]
    public void The_table_is_optional_and_names_no_unit_work_of_its_own()
    {
        var without = Workbooks.Read(Bill);
        var with = Workbooks.Read(WithTable21());

        Assert.Empty(without.Materials);
        Assert.Equal(without.Boq!.UnitWorks.Select(u => u.Name), with.Boq!.UnitWorks.Select(u => u.Name));
        Assert.Equal(without.Findings.ToList(), with.Findings.ToList());
        Assert.DoesNotContain(with.Findings, f => f.Rule == FindingRules.MissingTable);
    }

    [Fact]
    public void A_table_on_a_unit_works_page_belongs_to_that_unit_work()
    {
        var unit = SampleBoq.Create().UnitWorks[0].Name;

        Assert.All(Workbooks.Read(WithTable21(unit)).Materials, m => Assert.Equal(unit, m.UnitWork));
        Assert.All(Workbooks.Read(WithTable21()).Materials, m => Assert.Null(m.UnitWork));
    }

    [Fact]
    public void Separate_name_and_spec_columns_and_a_tax_exclusive_price_are_read()
    {
        string[] header = ["序号", "编码", "名称", "规格型号", "单位", "数量", "含税单价", "除税单价", "合价"];
        var xlsx = MaterialsTable.Add(Bill, "人材机", "某中学教学楼", header,
            new object?[] { null, 1010201m, "热轧带肋钢筋", "HRB400E Φ12", "吨", 3m, 4520m, 4000m, 12000m });

        var row = Assert.Single(Workbooks.Read(xlsx).Materials);

        Assert.Equal(("01010201", "热轧带肋钢筋", "HRB400E Φ12", "吨", 4000m, "H"), (row.Code, row.Name, row.Spec, row.Unit, row.Price, row.PriceColumn));
    }

    [Fact]
    public void A_materials_table_without_a_price_column_is_a_warning_naming_the_sheet()
    {
        string[] table22 = ["序号", "名称、规格、型号", "单位", "变值权重B", "基本价格指数F0", "现行价格指数Ft", "备注"];
        var xlsx = MaterialsTable.Add(Bill, "表-22", "某中学教学楼", table22, new object?[] { null, "钢材", "t", 0.2m, 100m, null, null });

        var result = Workbooks.Read(xlsx);

        Assert.False(result.IsRefused);
        var warning = Assert.Single(result.Findings, f => f.Rule == FindingRules.MaterialPrice);
        Assert.Equal((FindingSeverity.Warning, "表-22"), (warning.Severity, warning.Sheet));
        Assert.Contains("表-22", warning.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(result.Materials).Price);
    }
}
