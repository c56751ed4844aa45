using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>
/// The sample market prices in data/samples/price-observations.csv: 24 months of surveys for region
/// 610100 (西安市), one file with a 月份 (yyyy-MM) column in front of the survey columns, so that a
/// fresh start can publish two years of information prices; and a district's own surveys in
/// price-observations-{region}.csv, the same layout. Each row is checked exactly as an upload of its
/// month would be.
/// </summary>
public static class SampleObservations
{
    public const string FileName = "price-observations.csv";

    /// <summary>The region the sample was surveyed in.</summary>
    public const string Region = "610100";

    /// <summary>The file of a district's own sample surveys.</summary>
    public static string DistrictFileName(string region) => $"price-observations-{region}.csv";

    /// <summary>The districts with a sample file in <paramref name="folder"/>, by region code.</summary>
    public static IEnumerable<(string Region, string Path)> Districts(string folder) =>
        Directory.EnumerateFiles(folder, "price-observations-*.csv").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileNameWithoutExtension(p)["price-observations-".Length..], p));

    /// <summary>The observations of each month, oldest first.</summary>
    /// <exception cref="InvalidDataException">The sample file does not read cleanly: it is shipped data, so that is a bug.</exception>
    public static ImmutableSortedDictionary<YearMonth, ImmutableArray<PriceObservation>> Read(
        string path, ResourceCatalogue catalogue, UnitAliases units)
    {
        using var file = File.OpenRead(path);
        return Read(file, catalogue, units, Path.GetFileName(path));
    }

    /// <inheritdoc cref="Read(string, ResourceCatalogue, UnitAliases)"/>
    public static ImmutableSortedDictionary<YearMonth, ImmutableArray<PriceObservation>> Read(
        Stream content, ResourceCatalogue catalogue, UnitAliases units, string fileName = FileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(units);
        var limits = new SurveyReadLimits(MaxFileBytes: 200_000_000, MaxRows: 2_000_000);
        using var bytes = WorkbookPackage.ReadBounded(content, limits.MaxFileBytes)
            ?? throw new InvalidDataException("样例价格文件过大。");
        var source = ObservationSourceTemplate.ForContent("样例数据", fileName, bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        return SurveyReader.Rows(bytes, fileName, limits, (rows, problems) =>
            problems.IsEmpty ? ByMonth(rows, catalogue, units, source)
                : throw new InvalidDataException(string.Join("；", problems.Select(p => p.Message))));
    }

    private static ImmutableSortedDictionary<YearMonth, ImmutableArray<PriceObservation>> ByMonth(
        IEnumerable<GridRow> rows, ResourceCatalogue catalogue, UnitAliases units, ObservationSourceTemplate source)
    {
        var months = new SortedDictionary<YearMonth, ImmutableArray<PriceObservation>.Builder>();
        SurveyHeader? header = null;
        SurveyRowReader? reader = null;
        foreach (var row in rows)
        {
            if (header is null)
            {
                header = SurveyHeader.TryRead(row) ?? throw new InvalidDataException("样例价格文件第 1 行不是表头。");
                if (string.Join("、", header.Missing(withMonth: true)) is { Length: > 0 } missing)
                {
                    throw new InvalidDataException($"样例价格文件缺少列：{missing}。");
                }

                reader = new SurveyRowReader(header, catalogue, units, source);
                continue;
            }

            if (row.IsBlank)
            {
                continue;
            }

            var monthText = CellText.Normalize(row[header[SurveyField.Month]!.Value].Text);
            if (!YearMonth.TryParse(monthText, out var month))
            {
                throw new InvalidDataException($"样例价格文件第 {row.Number} 行的月份“{monthText}”不是 yyyy-MM。");
            }

            var (observation, rejection) = reader!.Read(row, month);
            if (observation is null)
            {
                throw new InvalidDataException($"样例价格文件第 {row.Number} 行：{rejection?.Message}");
            }

            if (!months.TryGetValue(month, out var list))
            {
                months[month] = list = ImmutableArray.CreateBuilder<PriceObservation>();
            }

            list.Add(observation);
        }

        return months.ToImmutableSortedDictionary(m => m.Key, m => m.Value.ToImmutable());
    }
}
