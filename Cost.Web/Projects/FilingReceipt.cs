using System.Collections.Immutable;
using System.Globalization;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Projects;
using Cost.Web.Bulletins;
using Cost.Web.Pages;

namespace Cost.Web.Projects;

/// <summary>
/// The receipt of a filing (备案回执) as a printed document: the filing number on every page, the tender, the compiling
/// firm, 编制人 and 复核人, the ceiling price in yuan, 万元 and 人民币大写, each unit work's price, the filed workbook's
/// SHA-256, the version and the time, and a QR code of the public verify address. It is dated by the filing, so the same
/// filing gives the same bytes each time it is asked for.
/// </summary>
public static class FilingReceipt
{
    /// <summary>Written in place of a 编制人 or 复核人 the submission did not name.</summary>
    public const string NotGiven = "未填写";

    public static Bulletin Of(TenderInfo info, VersionView filed, string firmName, string regionName, Uri verifyAddress)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(verifyAddress);
        var total = filed.Price.Total;
        var at = filed.FiledAt!.Value.ToOffset(BureauTime.Offset);
        var perSquare = Money.PerSquareMetre(total, info.BuildingArea);
        ImmutableArray<string> facts =
        [
            $"备案号：{filed.FilingNumber}",
            $"招标项目：{info.Name}（编号 {info.TenderCode}），备案版本：第 {filed.Number} 版",
            $"编制单位：{firmName}（统一社会信用代码 {info.FirmCreditCode}）",
            $"编制人：{Signed(filed.Signatories?.Compiler)}；复核人：{Signed(filed.Signatories?.Reviewer)}",
            $"最高投标限价：{Display.Money(total)} 元（{Display.Money(Money.TenThousands(total))} 万元），人民币大写：{ChineseAmount.Of(total)}"
                + (perSquare is { } p ? $"；单方造价 {Display.Money(p)} 元/m²" : ""),
            $"备案的工作簿：{filed.Source.FileName}，SHA-256：{filed.Source.Sha256}",
            $"备案时间：{at.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}，备案人：{filed.FiledBy}",
            $"核验：扫描封面二维码或访问 {verifyAddress}，可查询本备案；在该页选择所持工作簿，即可核对其 SHA-256 是否与备案的一致。",
        ];
        var section = new BulletinSection("各单位工程最高投标限价（元）",
        [
            new("单位工程", 3), new("分部分项工程费", 2, Numeric: true), new("措施项目费", 2, Numeric: true), new("其他项目费", 2, Numeric: true),
            new("规费", 1.5, Numeric: true), new("税金", 1.5, Numeric: true), new("合计", 2, Numeric: true),
        ],
        [
            .. filed.Price.Units.Select(u => ImmutableArray.Create(u.Name, Display.Money(u.MeasuredWorks), Display.Money(u.Measures), Display.Money(u.OtherItems),
                Display.Money(u.StatutoryFees), Display.Money(u.Tax), Display.Money(u.Total))),
            ["合计", "", "", "", "", "", Display.Money(total)],
        ]);
        return new Bulletin("最高投标限价备案回执", $"{info.Name}（{info.TenderCode}）", $"备案号 {filed.FilingNumber}", $"{regionName}工程造价管理站",
            at, at.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), facts, [section], verifyAddress.AbsoluteUri);
    }

    /// <summary>A signatory as the receipt prints them: name and 注册造价工程师 registration number, or 未填写.</summary>
    private static string Signed(Signatory? person) =>
        person is null ? NotGiven : person.RegistrationNumber is { } number ? $"{person.Name}（注册号 {number}）" : person.Name;

    /// <summary>The download's file name, e.g. 备案回执-XA-2026-0001.pdf.</summary>
    public static string FileName(TenderInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return $"备案回执-{info.TenderCode}.pdf";
    }
}
