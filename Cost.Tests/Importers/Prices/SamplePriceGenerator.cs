using System.Globalization;
using System.Text;
using Cost.Domain;
using Cost.Domain.Prices;

namespace Cost.Tests.Importers.Prices;

/// <summary>
/// Writes data/samples/price-observations.csv once, deterministically: 2024-11 … 2026-10 in 西安市,
/// 3–7 quotes per resource and month from suppliers with their own lasting bias, price levels from
/// sample-price-levels.csv moved by a market curve per kind of resource (steel falling into mid-2025
/// and rising through 2026, cement seasonal, copper rising, labour rising slowly …), with a few wild
/// quotes (×1.6, ×0.5), some quotes in other units (kg for t, 块 for 千块, 吨 spelt out) and a few
/// series with fewer than 3 quotes in a month.
/// </summary>
internal static class SamplePriceGenerator
{
    public static readonly YearMonth First = new(2024, 11);
    public const int Months = 24;

    // Market level against 2024-11, one value per month 2024-11 … 2026-10.
    private static readonly Dictionary<string, double[]> Curves = new()
    {
        ["steel"] = [1.00, 1.01, 1.02, 1.00, 0.99, 0.98, 0.97, 0.97, 0.98, 0.99, 1.00, 0.99, 0.99, 1.00, 1.01, 1.03, 1.04, 1.05, 1.06, 1.07, 1.08, 1.09, 1.10, 1.10],
        ["cement"] = [1.00, 0.98, 0.97, 0.99, 1.03, 1.05, 1.04, 1.00, 0.97, 0.96, 0.99, 1.03, 1.06, 1.05, 1.02, 0.99, 1.02, 1.05, 1.07, 1.06, 1.03, 1.00, 1.03, 1.06],
        ["copper"] = [1.00, 0.99, 1.01, 1.03, 1.05, 1.03, 1.02, 1.04, 1.06, 1.07, 1.08, 1.10, 1.12, 1.13, 1.15, 1.14, 1.13, 1.15, 1.17, 1.18, 1.19, 1.18, 1.20, 1.21],
        ["oil"] = [1.00, 0.99, 1.00, 1.02, 1.00, 0.97, 0.94, 0.92, 0.93, 0.95, 0.96, 0.95, 0.94, 0.93, 0.94, 0.96, 0.97, 0.96, 0.95, 0.96, 0.97, 0.98, 0.97, 0.96],
    };

    public static void Write(string path)
    {
        var catalogue = RepoData.Catalogue;
        var levels = ReadLevels();
        var random = new SplitMix(20241101);
        var sb = new StringBuilder(8_000_000);
        sb.Append("月份,资源编码,名称,规格型号,单位,含税单价,税率(%),数量,报价单位,报价日期\n");
        foreach (var resource in catalogue.All)
        {
            var (basePrice, kind) = levels[(resource.Code, resource.Spec)];
            var suppliers = Suppliers(resource, random);
            for (var m = 0; m < Months; m++)
            {
                var month = First.AddMonths(m);
                var level = basePrice * Level(kind, m, resource.Code);
                // About one series-month in 25 has only one or two quotes: it will be carried forward.
                var count = random.Next(25) == 0 ? 1 + random.Next(2) : 3 + random.Next(5);
                foreach (var s in Shuffle(suppliers.Count, random).Take(count))
                {
                    var (name, bias) = suppliers[s];
                    var price = level * bias * (1 + (random.NextDouble() - 0.5) * 0.04);
                    var wild = random.Next(70);
                    price *= wild == 0 ? 1.6 : wild == 1 ? 0.5 : 1.0;
                    WriteRow(sb, month, resource, price, random, name);
                }
            }
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>
    /// The sample districts: each publishes its own prices for the materials that are bought locally (ready-mixed
    /// concrete and mortar, sand and stone, bricks and blocks) and for labour, for the last 12 sample months, at its
    /// own level against the city's (雁塔区 in the city proper a little dearer, 长安区 close to the quarries of the
    /// Qinling foothills a little cheaper, 蓝田县 cheaper for sand and stone but dearer for concrete hauled in);
    /// everything else falls back to the city's price.
    /// </summary>
    public static readonly IReadOnlyList<(string Region, string Place, double Level)> Districts =
    [
        ("610113", "雁塔", 1.02),
        ("610116", "长安", 0.97),
        ("610122", "蓝田", 0.99),
    ];

    private static readonly string[] LocalCategories = ["商品混凝土", "预拌砂浆", "砂石", "砖瓦砌块", "人工"];

    /// <summary>Writes a district's observations (<see cref="Districts"/>) in the same layout as the city's.</summary>
    public static void WriteDistrict(string path, string region)
    {
        var (_, place, districtLevel) = Districts.Single(d => d.Region == region);
        var levels = ReadLevels();
        var random = new SplitMix(20241101UL + ulong.Parse(region, CultureInfo.InvariantCulture));
        var sb = new StringBuilder(1_000_000);
        sb.Append("月份,资源编码,名称,规格型号,单位,含税单价,税率(%),数量,报价单位,报价日期\n");
        foreach (var resource in RepoData.Catalogue.All.Where(r => LocalCategories.Contains(r.Category)))
        {
            var (basePrice, kind) = levels[(resource.Code, resource.Spec)];
            var local = districtLevel * (place == "蓝田" ? resource.Category switch { "砂石" => 0.93, "商品混凝土" or "预拌砂浆" => 1.03, _ => 1.0 } : 1.0);
            var suppliers = Suppliers(resource, random).Select(s => (place + s.Name[2..], s.Bias)).ToList();
            for (var m = Months - 12; m < Months; m++)
            {
                var count = 3 + random.Next(3);
                foreach (var s in Shuffle(suppliers.Count, random).Take(count))
                {
                    var (name, bias) = suppliers[s];
                    WriteRow(sb, First.AddMonths(m), resource, basePrice * Level(kind, m, resource.Code) * local * bias * (1 + (random.NextDouble() - 0.5) * 0.04), random, name);
                }
            }
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static void WriteRow(StringBuilder sb, YearMonth month, Resource resource, double price, SplitMix random, string supplier)
    {
        var unit = resource.Unit;
        var quantity = Quantity(resource, random);
        var other = random.Next(12);
        if (other == 0 && resource.Unit == "t" && price < 20_000)
        {
            unit = "kg";
            price /= 1000;
            quantity *= 1000;
        }
        else if (other == 0 && resource.Unit == "千块")
        {
            unit = "块";
            price /= 1000;
            quantity *= 1000;
        }
        else if (other == 1)
        {
            unit = resource.Unit switch { "t" => "吨", "m3" => "立方米", "m2" => "㎡", "m" => "米", _ => resource.Unit };
        }

        var day = 1 + random.Next(DateTime.DaysInMonth(month.Year, month.Month));
        var decimals = price >= 100 ? 0 : price >= 10 ? 1 : 2;
        var text = Math.Round((decimal)price, decimals, MidpointRounding.AwayFromZero);
        var hasQuantity = random.Next(10) != 0;
        sb.Append(CultureInfo.InvariantCulture, $"{month},{resource.Code},{Csv(resource.Name)},{Csv(resource.Spec)},{unit},")
            .Append(CultureInfo.InvariantCulture, $"{text},{resource.VatRate * 100m:0.##},")
            .Append(hasQuantity ? Math.Round((decimal)quantity, 2).ToString(CultureInfo.InvariantCulture) : string.Empty)
            .Append(CultureInfo.InvariantCulture, $",{Csv(supplier)},{month.Year:D4}-{month.Month:D2}-{day:D2}\n");
    }

    private static double Level(string kind, int m, string code) => kind switch
    {
        "labour" => 1 + 0.004 * m,
        "concrete" => 1 + 0.5 * (Curves["cement"][m] - 1) + 0.001 * m,
        "aggregate" => 1 + 0.0035 * m,
        "timber" => 1 + 0.0012 * m,
        "plastic" => 1 - 0.002 * m,
        "machine" => 1 + 0.002 * m,
        "flat" => 1 + (code[^1] % 3 - 1) * 0.001 * m,
        _ => Curves[kind][m],
    };

    private static double Quantity(Resource resource, SplitMix random) => resource.Unit switch
    {
        "t" => 5 + random.Next(300),
        "m3" => 20 + random.Next(2000),
        "工日" => 50 + random.Next(2000),
        "台班" => 2 + random.Next(60),
        "m" or "m2" => 100 + random.Next(5000),
        "kg" => 50 + random.Next(3000),
        "千块" => 5 + random.Next(200),
        _ => 10 + random.Next(500),
    };

    private static List<(string Name, double Bias)> Suppliers(Resource resource, SplitMix random)
    {
        string[] places = ["西安", "陕西", "咸阳", "渭南", "宝鸡", "铜川"];
        string[] words = ["宏达", "正泰", "恒信", "秦龙", "长安", "华强", "汉唐", "金盛", "鼎力", "博远", "天润", "兴业"];
        var trade = resource.Category switch
        {
            "人工" => "劳务有限公司",
            "机械台班" => "机械租赁有限公司",
            "商品混凝土" => "商砼有限公司",
            "钢材" or "有色金属" => "钢铁贸易有限公司",
            "电线电缆" => "电缆有限公司",
            "管材管件" => "管业有限公司",
            "装配式构件" => "建筑科技有限公司",
            "安装主材" => "机电设备有限公司",
            "苗木" => "苗木有限公司",
            _ => "建材有限公司",
        };
        var list = new List<(string, double)>();
        foreach (var i in Shuffle(places.Length * words.Length, random).Take(8))
        {
            list.Add((places[i % places.Length] + words[i / places.Length] + trade, 1 + (random.NextDouble() - 0.5) * 0.06));
        }

        return list;
    }

    private static int[] Shuffle(int n, SplitMix random)
    {
        var items = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static Dictionary<(string Code, string Spec), (double Price, string Kind)> ReadLevels()
    {
        var path = Path.Combine(RepoData.Root, "Cost.Tests", "Importers", "Prices", "sample-price-levels.csv");
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => (double.Parse(f[2], CultureInfo.InvariantCulture), f[3]));
    }

    /// <summary>SplitMix64: the same numbers on every machine and runtime, unlike an unseeded Random.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public ulong NextULong()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

        public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));
    }
}
