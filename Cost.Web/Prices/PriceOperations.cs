using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Prices;
using Cost.Silos.Hosting;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Cost.Web.Projects;
using Microsoft.Extensions.Options;

namespace Cost.Web.Prices;

/// <summary>
/// Price collection and publication behind both the JSON API and the pages: checks the region and
/// month, reads surveys whole before anything is stored, and calls the period grain.
/// </summary>
public sealed class PriceOperations(
    IGrainFactory grains, ReferenceData reference, ResourceCatalogue catalogue, UnitAliases units, IOptions<UploadOptions> uploads, TimeProvider clock)
{
    /// <summary>A region and month that exist, or the problem naming which one does not.</summary>
    public Outcome<(string Region, YearMonth Period)> Locate(string region, string period, bool collecting = false)
    {
        var problems = new List<ProblemItem>();
        if (reference.RegionName(region) is null)
        {
            problems.Add(ProblemItem.ForField("region", $"地区“{region}”不是 data/regions.json 中的行政区划代码。"));
        }

        if (!YearMonth.TryParse(period, out var month))
        {
            problems.Add(ProblemItem.ForField("period", $"月份“{period}”应为 yyyy-MM。"));
        }
        else if (collecting && !CollectionWindow.Accepts(month, BureauTime.Today(clock)))
        {
            problems.Add(ProblemItem.ForField("period", $"{month.ToChinese()}尚未开始采集：最多可采集到下月。"));
        }

        return problems.Count > 0
            ? Outcome.Fail<(string, YearMonth)>(StatusCodes.Status400BadRequest, "地区或月份有误。", problems)
            : Outcome.Ok((region, month));
    }

    public async Task<Outcome<SurveyReceipt>> UploadSurveyAsync(CurrentUser user, string region, string period, IFormFile? file, CancellationToken cancellationToken)
    {
        var located = Locate(region, period, collecting: true);
        if (!located.Succeeded)
        {
            return located.Refusal<SurveyReceipt>();
        }

        if (!UploadChecks.Acceptable(file, uploads.Value.MaxSurveyBytes, "调查表", ".xlsx 或 .csv 调查表", out var refused))
        {
            return Outcome.Fail<SurveyReceipt>(StatusCodes.Status422UnprocessableEntity, refused.Title, refused.Problem);
        }

        var month = located.Value.Period;
        var grain = Grain(region, month);
        if ((await grain.Describe()).Status != PeriodStatus.Collecting)
        {
            return Outcome.Fail<SurveyReceipt>(StatusCodes.Status409Conflict, $"{month.ToChinese()}价格采集已截止，不能再上传调查表。");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var source = ObservationSourceTemplate.ForContent(user.UserName, Path.GetFileName(file.FileName), content.GetBuffer().AsSpan(0, (int)content.Length));
        content.Position = 0;
        var read = SurveyReader.Read(content, file.FileName, month, catalogue, units, source, new SurveyReadLimits(MaxFileBytes: uploads.Value.MaxSurveyBytes));
        if (read.IsRefused)
        {
            return Outcome.Fail<SurveyReceipt>(StatusCodes.Status422UnprocessableEntity, $"无法读取调查表“{file.FileName}”，未保存任何内容。",
                read.Refusal.Select(p => new ProblemItem(p.Message, p.Sheet, p.Row, p.Column)));
        }

        var upload = new SurveyUpload(source.FileName, source.FileSha256, user.UserName, BureauTime.Now(clock), read.Accepted, read.Rejected.Length);
        var result = await grain.AddSurvey(upload);
        return result.IsDone
            ? Outcome.Ok(new SurveyReceipt(result.Value!.Counts.Accepted, [.. read.Rejected.Select(r => new SurveyRejectionJson(r.Row, r.Column, r.Message))]))
            : Outcome.Fail<SurveyReceipt>(GrainResultHttp.Status(result.Outcome), result.Message!);
    }

    public IPricePeriodGrain Grain(string region, YearMonth period) => grains.GetGrain<IPricePeriodGrain>(GrainKeys.PricePeriod(region, period));
}
