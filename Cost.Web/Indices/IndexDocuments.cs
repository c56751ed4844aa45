using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Importers.Exports;
using Cost.Web.Bulletins;

namespace Cost.Web.Indices;

/// <summary>A month's published indices as downloads: the .xlsx workbook and the PDF bulletin, with the same numbers as the page.</summary>
public static class IndexDocuments
{
    public static string FileName(string regionName, YearMonth period, string extension) => $"{regionName}{period.ToChinese()}工程造价指数.{extension}";

    public static byte[] Workbook(string regionName, YearMonth period, ImmutableArray<PriceIndex> indices)
    {
        ImmutableArray<ExportColumn> columns =
        [
            new("指数编码", 18), new("指数名称", 26), new("类型", 10), new("定基指数", 12, "0.00"), new("环比指数", 12, "0.00"), new("同比指数", 12, "0.00"),
        ];
        var rows = indices.Select(i => new object?[]
        {
            i.IndexCode, i.Name, KindName(i.Kind), PublishedIndices.Published(i.FixedBase), PublishedIndices.Published(i.Chained), PublishedIndices.Published(i.YearOnYear),
        });
        ImmutableArray<ExportColumn> contributionColumns =
            [new("综合指数", 26), new("要素类别指数", 22), new("基期权重", 10, "0.00%"), new("对环比变动的贡献（百分点）", 16, "0.00")];
        var contributions = indices.Where(i => i.Kind == IndexKind.Composite).SelectMany(i => i.Contributions.Select(c => new object?[]
        {
            i.Name, c.Name, Math.Round((decimal)c.Weight, 4), c.Points is { } p ? Math.Round((decimal)p, 2) : null,
        }));
        return TableWorkbook.Write($"{regionName}工程造价指数", $"{period.ToChinese()}（基期 {indices[0].BasePeriod.ToChinese()} = 100）", IssuedAt(period),
            [new ExportSheet("指数", columns, rows), new ExportSheet("类别贡献", contributionColumns, contributions)]);
    }

    public static Bulletin Bulletin(string regionName, YearMonth period, ImmutableArray<PriceIndex> indices)
    {
        ImmutableArray<BulletinColumn> columns =
            [new("指数编码", 1.4), new("指数名称", 2.6), new("定基指数", 1.1, Numeric: true), new("环比指数", 1.1, Numeric: true), new("同比指数", 1.1, Numeric: true)];
        BulletinSection Section(string heading, IndexKind kind) => new(heading, columns,
            [.. indices.Where(i => i.Kind == kind).Select(i => ImmutableArray.Create(i.IndexCode, i.Name, Number(i.FixedBase), Number(i.Chained), Number(i.YearOnYear)))]);
        ImmutableArray<BulletinColumn> contributionColumns = [new("综合指数", 2.6), new("要素类别", 2), new("权重", 1, Numeric: true), new("贡献（百分点）", 1.4, Numeric: true)];
        var contributions = new BulletinSection("各要素对综合指数环比变动的贡献", contributionColumns,
            [.. indices.Where(i => i.Kind == IndexKind.Composite).SelectMany(i => i.Contributions.Select(c =>
                ImmutableArray.Create(i.Name, c.Name, c.Weight.ToString("0.00%", CultureInfo.InvariantCulture), Number(c.Points))))]);
        return new Bulletin(
            $"{regionName}建设工程造价指数",
            $"{period.ToChinese()}（基期 {indices[0].BasePeriod.ToChinese()} = 100）",
            Bulletins.Bulletin.IssueNumber(period),
            $"{regionName}工程造价管理站",
            IssuedAt(period),
            $"{period.ToChinese()}",
            [
                "一、本期指数依据 GB/T 51290-2018《建设工程造价指标指数分类与测算标准》，以本站发布的除税信息价测算。",
                "二、要素价格指数为该类别各规格价格相对基期的比值按基期等权平均 × 100；综合造价指数为各要素指数按该类工程基期固定权重加权（拉氏公式）。",
                "三、环比指数 = 本月定基指数 ÷ 上月定基指数 × 100；同比指数 = 本月定基指数 ÷ 上年同月定基指数 × 100。",
                "四、综合造价指数的权重为各类代表性典型工程人材机费用中各要素类别所占的比例，基期确定后保持不变，逐项列于本公报“各要素对综合指数环比变动的贡献”表的“权重”栏。",
                $"五、当月沿用上期价格的资源不计入当月要素价格指数。历月指数、走势图及各综合指数权重的来源见本站“造价指数”网页 /indices，本期数据可从 /api/public/indices/{period} 取得。",
            ],
            [Section("要素价格指数", IndexKind.Elementary), Section("综合造价指数", IndexKind.Composite), contributions]);
    }

    /// <summary>Indices are compiled for a month: their documents are dated at its end (00:00 China time of the next month's first day).</summary>
    private static DateTimeOffset IssuedAt(YearMonth period) => new(period.AddMonths(1).FirstDay, TimeOnly.MinValue, BureauTime.Offset);

    public static string KindName(IndexKind kind) => kind == IndexKind.Elementary ? "要素价格指数" : "综合造价指数";

    private static string Number(double? value) => value is { } v ? PublishedIndices.Published(v).ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
