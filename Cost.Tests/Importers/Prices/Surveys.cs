using System.Text;
using Cost.Domain;
using Cost.Importers.Prices;

namespace Cost.Tests.Importers.Prices;

/// <summary>Reads test surveys against the shipped catalogue and units, for October 2026.</summary>
internal static class Surveys
{
    public static readonly YearMonth October = new(2026, 10);

    public const string Header = "资源编码,名称,规格型号,单位,含税单价,税率(%),数量,报价单位,报价日期";

    public static readonly ObservationSourceTemplate Source = new("surveyor1", "survey.csv", "0123abcd");

    public static readonly Encoding Gb18030 = GetGb18030();

    public static SurveyImportResult Read(byte[] bytes, string fileName = "survey.csv", SurveyReadLimits? limits = null) =>
        SurveyReader.Read(new MemoryStream(bytes), fileName, October, RepoData.Catalogue, RepoData.Units,
            Source with { FileName = fileName }, limits);

    public static SurveyImportResult Csv(string text, bool bom = false) =>
        Read([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. new UTF8Encoding(false).GetBytes(text)]);

    /// <summary>A survey with the contract's header and the given data lines.</summary>
    public static SurveyImportResult Lines(params string[] lines) => Csv(Header + "\n" + string.Join("\n", lines) + "\n");

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
