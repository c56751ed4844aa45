using System.Collections.Immutable;
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
    private const string ChineseNumerals = "一二三四五六七八九十";

    public static string FileName(string regionName, YearMonth period, string extension) => $"{regionName}{period.ToChinese()}信息价.{extension}";

    /// <summary>
    /// The printed bulletin: per category a table with the price basis (价格口径) of each resource and a 备注
    /// column that names, in full, a price carried from last month (沿用上期) and a district's row showing the
    /// city's price (沿用市区价). The notes explain the method, the tax conversion, the bases and the markers.
    /// </summary>
    public static Bulletin Bulletin(string regionName, YearMonth period, ImmutableArray<InfoPrice> prices, DateTimeOffset publishedAt, int revision,
        ResourceCatalogue catalogue, InfoPriceMethod method)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(method);
        ImmutableArray<BulletinColumn> columns =
        [
            new("资源编码", 46), new("名称", 80), new("规格型号", 90), new("单位", 30), new("含税价（元）", 52, Numeric: true),
            new("除税价（元）", 52, Numeric: true), new("税率", 30, Numeric: true), new("价格口径", 42), new("备注", 56),
        ];
        var sections = prices.GroupBy(p => p.Category).Select(g => new BulletinSection(g.Key, columns,
            [.. g.Select(p => ImmutableArray.Create(p.ResourceCode, p.Name, p.Spec, p.Unit, Display.Money(p.PriceInclTax), Display.Money(p.PriceExclTax),
                Display.Percent(p.VatRate), catalogue.Find(p.ResourceCode, p.Spec)?.PriceBasis ?? "—", Remarks(p)))]));
        var fromCity = prices.Count(p => p.FromRegion is not null);
        var carried = prices.Count(p => p.Carried);
        List<string> notes =
        [
            $"本期信息价依据本地区供应商、咨询企业和调查员报送的市场价格调查资料，经剔除异常报价后取加权平均，供编制最高投标限价、工程结算调差和造价指数测算参考。偏离中位数 {method.KeepBandPercent:0.##}% 以内的报价一律保留，有效报价不足 {method.MinObservationsForMad} 条时不作离群剔除；以 3%、1% 等其他税率开票的报价先按其税率折为除税价，再按资源适用税率计入。",
            "含税价为含增值税价格；除税价 = 含税价 ÷（1 + 适用税率），按各资源适用税率换算，四舍五入到分。",
            "价格口径见各表“价格口径”栏：到场价为送达施工现场的价格，含运杂费；出厂价为生产厂家交货的价格，不含运输和吊装，用于装配式构件等；出圃价为苗圃起苗交货的价格，不含运输、栽植和养护，用于苗木；人工、机械台班为工日、台班单价，无价格口径，栏内为“—”。",
            $"备注栏标注“沿用上期”的资源本期有效报价不足 {method.MinObservations} 条，沿用上期发布价格（本期 {carried} 项）。",
        ];
        if (fromCity > 0)
        {
            notes.Add($"备注栏标注“沿用市区价”的资源本区县本期未单独发布，列出市区同期信息价（本期 {fromCity} 项）。");
        }

        if (revision > 1)
        {
            notes.Add($"本期为第 {revision} 次修订版，以本版价格为准。");
        }

        notes.Add("信息价为指导性价格，实际采购价格以合同约定为准。如有疑问请联系市工程造价管理站。");
        return new Bulletin(
            $"{regionName}建设工程造价信息",
            $"{period.ToChinese()} 人工、材料、机械台班信息价",
            Bulletins.Bulletin.IssueNumber(period) + (revision > 1 ? $"（第 {revision} 次修订）" : ""),
            $"{regionName}工程造价管理站",
            publishedAt,
            $"{publishedAt.ToOffset(BureauTime.Offset):yyyy年M月d日}发布",
            [.. notes.Select((note, i) => $"{ChineseNumerals[i]}、{note}")],
            [.. sections]);
    }

    /// <summary>The 备注 of a published price: each marker in full, one per line.</summary>
    private static string Remarks(InfoPrice price) =>
        string.Join('\n', new[] { price.Carried ? "沿用上期" : null, price.FromRegion is not null ? "沿用市区价" : null }.OfType<string>());

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
