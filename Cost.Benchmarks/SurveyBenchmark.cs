using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cost.Domain;
using Cost.Importers.Prices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cost.Benchmarks;

/// <summary>Importing a 200,000-row survey .xlsx against the shipped catalogue (target ≤ 10 s, peak ≤ 300 MB).</summary>
[MemoryDiagnoser]
public class SurveyBenchmark
{
    private byte[] _workbook = [];

    [GlobalSetup]
    public void Setup() => _workbook = SurveyWorkbook(200_000);

    [Benchmark]
    public int Import_200000_survey_rows()
    {
        var result = Read(_workbook);
        return result.IsRefused ? throw new InvalidOperationException(result.Refusal[0].Message) : result.Accepted.Length;
    }

    public static SurveyImportResult Read(byte[] workbook) =>
        SurveyReader.Read(new MemoryStream(workbook), "survey.xlsx", Period, Shipped.Catalogue, Shipped.Units,
            ObservationSourceTemplate.ForContent("bench", "survey.xlsx", workbook));

    public static readonly YearMonth Period = new(2026, 10);

    /// <summary>A survey of the shipped catalogue written with the OpenXml SAX writer (ClosedXML would need gigabytes for this).</summary>
    public static byte[] SurveyWorkbook(int rows)
    {
        var random = new Random(200_000);
        var resources = Shipped.Catalogue.All;
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                Row(writer, "资源编码", "名称", "规格型号", "单位", "含税单价", "税率(%)", "数量", "报价单位", "报价日期");
                for (var i = 0; i < rows; i++)
                {
                    var r = resources[random.Next(resources.Length)];
                    var price = Math.Round((decimal)(100 + random.NextDouble() * 5000), 2);
                    Row(writer, r.Code, r.Name, r.Spec, r.Unit, price.ToString(CultureInfo.InvariantCulture), (r.VatRate * 100).ToString("0.##", CultureInfo.InvariantCulture),
                        random.Next(1, 500).ToString(CultureInfo.InvariantCulture), $"供应商{random.Next(400)}", $"2026-10-{random.Next(1, 29):00}");
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "调查表" }));
        }

        return stream.ToArray();
    }

    private static void Row(OpenXmlWriter writer, params string[] values)
    {
        writer.WriteStartElement(new Row());
        foreach (var v in values)
        {
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) });
        }

        writer.WriteEndElement();
    }
}
