using System.Globalization;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>
/// Checks one survey row against the catalogue and the period and turns it into an observation in
/// the catalogue's unit, or says, in Chinese and at which column, why the row is rejected.
/// </summary>
internal sealed class SurveyRowReader(
    SurveyHeader header,
    ResourceCatalogue catalogue,
    UnitAliases units,
    ObservationSourceTemplate source)
{
    // The general VAT rate since 2019 (财政部 税务总局 海关总署公告 2019 年第 39 号); no invoice carries more.
    private const decimal MaxVatRate = 0.13m;

    /// <summary>The observation of a row, or its rejection. Rows are read as of the given period.</summary>
    public (PriceObservation? Observation, SurveyRejection? Rejection) Read(GridRow row, YearMonth period)
    {
        var problems = new List<(int Column, string Message)>();

        var codeCell = Cell(row, SurveyField.ResourceCode);
        var code = SurveyValues.ResourceCode(codeCell);
        var resource = FindResource(row, code, problems);

        var unitCell = Cell(row, SurveyField.Unit);
        var factor = 1m;
        if (unitCell.IsEmpty)
        {
            problems.Add((unitCell.Column, "单位为空"));
        }
        else if (units.Normalize(unitCell.Text) is null)
        {
            problems.Add((unitCell.Column, $"单位“{unitCell.Text.Trim()}”无法识别"));
        }
        else if (resource is not null && !units.TryConvert(unitCell.Text, resource, out factor))
        {
            problems.Add((unitCell.Column, $"单位“{unitCell.Text.Trim()}”不能换算为资源目录的单位 {resource.Unit}"));
        }

        var priceCell = Cell(row, SurveyField.PriceInclTax);
        decimal price = 0m;
        if (priceCell.IsEmpty)
        {
            problems.Add((priceCell.Column, "含税单价为空"));
        }
        else if (!SurveyValues.TryNumber(priceCell, out var p) || p is null)
        {
            problems.Add((priceCell.Column, $"含税单价“{priceCell.Text.Trim()}”不是数字"));
        }
        else if (p <= 0m)
        {
            problems.Add((priceCell.Column, $"含税单价 {CellText.Plain(p.Value)} 不是正数"));
        }
        else
        {
            price = p.Value;
        }

        // A quote on another invoice (a small taxpayer's 3 % or 1 %) is kept with its own rate; the method converts
        // it through its tax-exclusive price. An empty rate means the catalogue's.
        var rateCell = Cell(row, SurveyField.VatRate);
        if (!SurveyValues.TryRate(rateCell, out var rate))
        {
            problems.Add((rateCell.Column, $"税率“{rateCell.Text.Trim()}”无法识别"));
        }
        else if (rate is { } r && r > MaxVatRate)
        {
            problems.Add((rateCell.Column, $"税率 {Percent(r)} 高于增值税最高税率 {Percent(MaxVatRate)}"));
        }

        var quantityCell = Cell(row, SurveyField.Quantity);
        decimal? quantity = null;
        if (!SurveyValues.TryNumber(quantityCell, out var q))
        {
            problems.Add((quantityCell.Column, $"数量“{quantityCell.Text.Trim()}”不是数字"));
        }
        else if (q < 0m)
        {
            problems.Add((quantityCell.Column, $"数量 {CellText.Plain(q.Value)} 为负数"));
        }
        else
        {
            quantity = q;
        }

        var dateCell = Cell(row, SurveyField.QuotedOn);
        var quotedOn = default(DateOnly);
        if (dateCell.IsEmpty)
        {
            problems.Add((dateCell.Column, "报价日期为空"));
        }
        else if (!SurveyValues.TryDate(dateCell, out quotedOn))
        {
            problems.Add((dateCell.Column, $"报价日期“{dateCell.Text.Trim()}”无法识别（请写作 2026-10-08）"));
        }
        else if (!period.Contains(quotedOn))
        {
            problems.Add((dateCell.Column, $"报价日期 {quotedOn:yyyy-MM-dd} 不在调查期 {period.ToChinese()} 内"));
        }

        if (problems.Count > 0 || resource is null)
        {
            var first = problems.Count > 0 ? problems[0].Column : codeCell.Column;
            return (null, new SurveyRejection(row.Number, first > 0 ? CellText.ColumnLetter(first) : null,
                string.Join("；", problems.Select(x => x.Message)) + "。"));
        }

        var supplier = Cell(row, SurveyField.Supplier).Text.Trim();
        // A quote in another unit (kg for a resource priced per t): quantity × factor, price ÷ factor,
        // kept to 4 decimals so that the method's own rounding to the fen decides the published figure.
        var converted = factor == 1m ? price : Math.Round(price / factor, 4, MidpointRounding.AwayFromZero);
        var observation = new PriceObservation(resource.Code, resource.Spec, converted, rate ?? resource.VatRate,
            quantity * factor, supplier.Length == 0 ? "未注明" : supplier, quotedOn, source.At(row.Number));
        return (observation, null);
    }

    private Resource? FindResource(GridRow row, string code, List<(int, string)> problems)
    {
        var codeColumn = header[SurveyField.ResourceCode] ?? 0;
        if (code.Length == 0)
        {
            problems.Add((codeColumn, "资源编码为空"));
            return null;
        }

        var specs = catalogue.FindByCode(code);
        if (specs.IsEmpty)
        {
            problems.Add((codeColumn, $"资源编码 {code} 不在资源目录中"));
            return null;
        }

        var specCell = Cell(row, SurveyField.Spec);
        var spec = CellText.Normalize(specCell.Text);
        if (spec.Length == 0)
        {
            if (specs.Length == 1)
            {
                return specs[0];
            }

            problems.Add((specCell.Column > 0 ? specCell.Column : codeColumn,
                $"资源编码 {code} 有 {specs.Length} 个规格型号，请填写规格型号（{Listed(specs)}）"));
            return null;
        }

        if (catalogue.Find(code, spec) is { } resource)
        {
            return resource;
        }

        problems.Add((specCell.Column, $"规格型号“{spec}”不在资源编码 {code} 的目录中（目录有：{Listed(specs)}）"));
        return null;
    }

    private GridCell Cell(GridRow row, SurveyField field) =>
        header[field] is { } column ? row[column] : new GridCell(0, string.Empty, null);

    private static string Listed(IReadOnlyList<Resource> specs) =>
        string.Join("、", specs.Take(6).Select(s => s.Spec.Length == 0 ? "（无）" : s.Spec)) + (specs.Count > 6 ? " 等" : string.Empty);

    private static string Percent(decimal fraction) =>
        (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
