using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Exports;
using Cost.Web.Bulletins;
using Cost.Web.Pages;

namespace Cost.Web.Prices;

/// <summary>
/// A published period as documents people download: the PDF bulletin (cover, notes, a table per
/// category with tax-inclusive and tax-exclusive prices) and the .xlsx workbook, with the same numbers.
/// </summary>
public static class InfoPriceDocuments
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string FileName(string regionName, YearMonth period, string extension) => $"{regionName}{period.ToChinese()}信息价.{extension}";

    /// <summary>The price basis (价格口径) a category's resources share, for a section's title: "装配式构件（出厂价）"; the category alone when they differ or have none.</summary>
    public static string SectionTitle(string category, IEnumerable<InfoPrice> prices, ResourceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var bases = prices.Select(p => catalogue.Find(p.ResourceCode, p.Spec)?.PriceBasis).Distinct().ToList();
        return bases is [{ } basis] ? $"{category}（{basis}）" : category;
    }

    public static Bulletin Bulletin(string regionName, YearMonth period, ImmutableArray<InfoPrice> prices, DateTimeOffset publishedAt, int revision,
        ResourceCatalogue catalogue, InfoPriceMethod method)
    {
        ImmutableArray<BulletinColumn> columns =
        [
            new("资源编码", 1.1), new("名称", 2.2), new("规格型号", 2.2), new("单位", 0.7),
            new("含税价（元）", 1.3, Numeric: true), new("除税价（元）", 1.3, Numeric: true), new("税率", 0.7, Numeric: true),
        ];
        var sections = prices.GroupBy(p => p.Category).Select(g => new BulletinSection(SectionTitle(g.Key, g, catalogue), columns,
            [.. g.Select(p => ImmutableArray.Create(p.ResourceCode, p.Name, p.Spec, p.Unit, Display.Money(p.PriceInclTax), Display.Money(p.PriceExclTax),
                p.VatRate.ToString("P0", CultureInfo.InvariantCulture) + (p.Carried ? " 沿用" : "") + (p.FromRegion is not null ? " 市区价" : "")))]));
        return new Bulletin(
            $"{regionName}建设工程造价信息",
            $"{period.ToChinese()} 人工、材料、机械台班信息价" + (revision > 1 ? $"（第 {revision} 次修订）" : ""),
            $"{regionName}工程造价管理站",
            publishedAt,
            $"{publishedAt.ToOffset(BureauTime.Offset):yyyy年M月d日}发布",
            [
                $"一、本期信息价依据本地区供应商、咨询企业和调查员报送的市场价格调查资料，经剔除异常报价后取加权平均，供编制最高投标限价、工程结算调差和造价指数测算参考。偏离中位数 {method.KeepBandPercent:0.##}% 以内的报价一律保留，有效报价不足 {method.MinObservationsForMad} 条时不作离群剔除；以 3%、1% 等其他税率开票的报价先按其税率折为除税价，再按资源适用税率计入。",
                "二、含税价为含增值税价格；除税价 = 含税价 ÷（1 + 适用税率），按各资源适用税率换算，四舍五入到分。价格口径：除注明外为到场价，即送达施工现场的价格，含运杂费；装配式构件为出厂价，不含运输和吊装；苗木为出圃价，不含运输、栽植和养护；人工、机械台班为工日、台班单价。",
                "三、标注“沿用”的资源本期有效报价不足 3 条，沿用上期发布价格；区县信息价中标注“市区价”的资源本区县本期未单独发布，列出市区同期信息价。",
                "四、信息价为指导性价格，实际采购价格以合同约定为准。如有疑问请联系市工程造价管理站。",
            ],
            [.. sections]);
    }

    public static byte[] Workbook(string regionName, YearMonth period, ImmutableArray<InfoPrice> prices, DateTimeOffset publishedAt, int revision, ResourceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ImmutableArray<ExportColumn> columns =
        [
            new("资源编码", 12), new("名称", 22), new("规格型号", 22), new("单位", 8), new("类别", 12), new("价格口径", 10),
            new("含税价（元）", 14), new("除税价（元）", 14), new("税率", 8, "0%"), new("有效报价数", 10), new("沿用上期", 10), new("沿用市区价", 10),
        ];
        var rows = prices.Select(p => new object?[]
        {
            p.ResourceCode, p.Name, p.Spec, p.Unit, p.Category, catalogue.Find(p.ResourceCode, p.Spec)?.PriceBasis ?? "", p.PriceInclTax, p.PriceExclTax, p.VatRate,
            p.Observations, p.Carried ? "是" : "",
            p.FromRegion is not null ? "是" : "",
        });
        var subtitle = $"{period.ToChinese()}信息价" + (revision > 1 ? $"（第 {revision} 次修订）" : "");
        return TableWorkbook.Write($"{regionName}建设工程造价信息", subtitle, publishedAt, [new ExportSheet(period.ToChinese(), columns, rows)]);
    }
}
