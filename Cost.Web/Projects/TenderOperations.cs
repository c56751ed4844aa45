using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Materials;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Importers.Bills;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Cost.Web.Indicators;
using Microsoft.Extensions.Options;

namespace Cost.Web.Projects;

/// <summary>
/// The tender operations behind both the JSON API and the pages: who may do what, the checks on
/// the request, and the grain call. A consultant sees only their firm's projects (others are 404).
/// </summary>
public sealed partial class TenderOperations(
    IGrainFactory grains,
    RuleSetCatalogue ruleSets,
    ReferenceData reference,
    FirmRegister firms,
    TimeProvider clock,
    IOptions<UploadOptions> uploads,
    UnitRateReview unitRates,
    MaterialPriceReview materialPrices,
    TenderQueries tenders,
    IOptions<PricingOptions> pricing)
{
    public async Task<Outcome<ProjectView>> CreateAsync(CurrentUser user, CreateProjectRequest request)
    {
        var (info, problems) = await InfoAsync(request, user.IsBureau ? request.FirmCreditCode?.Trim() : user.FirmCreditCode, user.UserName, null, []);
        return info is null
            ? Outcome.Fail<ProjectView>(StatusCodes.Status400BadRequest, "项目信息有误。", problems)
            : (await Grain(info.TenderCode).Create(info)).ToOutcome(StatusCodes.Status201Created);
    }

    /// <summary>
    /// A tender the trading platform registers: 201 when new, 200 when the same tender was registered before with the same
    /// facts (a retry), 409 when the code exists with other facts; 400 listing each bad field.
    /// </summary>
    public async Task<Outcome<ProjectView>> RegisterForPlatformAsync(CreateProjectRequest request, PlatformRegistration registration, IEnumerable<ProblemItem> partyProblems)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (info, problems) = await InfoAsync(request, request.FirmCreditCode?.Trim(), $"exchange:{registration.RegisteredBy}", registration, partyProblems);
        if (info is null)
        {
            // The platform names the compiling firm compilingFirm.
            return Outcome.Fail<ProjectView>(StatusCodes.Status400BadRequest, "招标项目登记数据有误。",
                problems.Select(p => p.Field == "firmCreditCode" ? p with { Field = "compilingFirm" } : p));
        }

        var grain = Grain(info.TenderCode);
        if (await grain.Describe() is { } existing)
        {
            return existing.Info.SameFacts(info)
                ? Outcome.Ok(existing)
                : Outcome.Fail<ProjectView>(StatusCodes.Status409Conflict, $"招标项目编号 {info.TenderCode} 已登记，且与本次登记的内容不同；修改日期请用 PUT。");
        }

        return (await grain.Create(info)).ToOutcome(StatusCodes.Status201Created);
    }

    /// <summary>The project's facts from a request, or every problem with it (plus <paramref name="extra"/> ones found by the caller).</summary>
    private async Task<(TenderInfo? Info, List<ProblemItem> Problems)> InfoAsync(CreateProjectRequest request, string? firm, string by,
        PlatformRegistration? registration, IEnumerable<ProblemItem> extra)
    {
        var problems = new List<ProblemItem>(extra);
        if (request.TenderCode is not { } code || !TenderCodePattern().IsMatch(code.Trim()))
        {
            problems.Add(ProblemItem.ForField("tenderCode", "招标项目编号必填，1–40 位字母、数字、“-”或“_”。"));
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            problems.Add(ProblemItem.ForField("name", "项目名称必填，不超过 200 字。"));
        }

        if (request.Region is null || reference.RegionName(request.Region) is null)
        {
            problems.Add(ProblemItem.ForField("region", $"地区“{request.Region}”不是 data/regions.json 中的行政区划代码。"));
        }

        if (request.ProjectType is null || reference.ProjectTypeName(request.ProjectType) is null)
        {
            problems.Add(ProblemItem.ForField("projectType", $"工程类型“{request.ProjectType}”不在 data/project-types.json 中。"));
        }

        if (request.BuildingArea is <= 0)
        {
            problems.Add(ProblemItem.ForField("buildingArea", "建筑面积须大于 0（m²）。"));
        }

        var ruleSetCode = request.RuleSet ?? pricing.Value.DefaultRuleSet;
        var ruleSet = ruleSetCode is null ? ruleSets.InForceOn(BureauTime.Today(clock)) : ruleSets.Find(ruleSetCode);
        if (ruleSet is null)
        {
            problems.Add(ProblemItem.ForField("ruleSet", $"计价规则“{request.RuleSet}”不存在，可选：{string.Join("、", ruleSets.All.Select(r => r.Code))}。"));
        }

        if (!TaxMethodCodes.TryParse(request.TaxMethod ?? pricing.Value.DefaultTaxMethod, out var taxMethod))
        {
            problems.Add(ProblemItem.ForField("taxMethod", $"计税方法“{request.TaxMethod}”不存在，可选：general（一般计税）、simple（简易计税）。"));
        }

        YearMonth? basePeriod = null;
        if (request.BasePeriod is not null)
        {
            if (YearMonth.TryParse(request.BasePeriod.Trim(), out var month))
            {
                basePeriod = month;
            }
            else
            {
                problems.Add(ProblemItem.ForField("basePeriod", $"基期“{request.BasePeriod}”须为 yyyy-MM 格式的月份，如 2025-06。"));
            }
        }

        if (firm is null || await firms.FindAsync(firm) is null)
        {
            problems.Add(ProblemItem.ForField("firmCreditCode", "须指明在册的编制单位（造价咨询企业统一社会信用代码）。"));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new TenderInfo(GrainKeys.Tender(request.TenderCode!), request.Name!.Trim(), request.Region!, request.ProjectType!,
                request.BuildingArea, ruleSet!.Code, firm!, by, BureauTime.Now(clock), taxMethod, basePeriod, registration), problems);
    }

    public async Task<Outcome<ProjectView>> GetAsync(CurrentUser user, string tenderCode)
    {
        var view = await Grain(tenderCode).Describe();
        return view is not null && CanSee(user, view)
            ? Outcome.Ok(view)
            : Outcome.Fail<ProjectView>(StatusCodes.Status404NotFound, $"招标项目 {tenderCode} 不存在。");
    }

    /// <summary>Reads the workbook whole; a refused workbook stores nothing and answers 422 with each problem located.</summary>
    public async Task<Outcome<ProjectView>> UploadAsync(CurrentUser user, string tenderCode, IFormFile? file, CancellationToken cancellationToken)
    {
        var project = await GetAsync(user, tenderCode);
        if (!project.Succeeded)
        {
            return project;
        }

        var info = project.Value!.Info;
        if (await QuotaRefusalAsync(info.FirmCreditCode, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var read = await ReadAsync(user, info, file, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal<ProjectView>();
        }

        // Unit rates far outside the filed ones of the same item are warnings.
        var (upload, materialRows) = read.Value;
        var findings = upload.Findings.AddRange(await unitRates.ReviewAsync(tenderCode, upload.Boq, cancellationToken));
        // Main materials against the 信息价 of the tender's base month, else the latest month published at upload.
        var materials = await materialPrices.ReviewAsync(info.Region, info.BasePeriod, materialRows, cancellationToken);
        findings = findings.AddRange(materials?.Findings() ?? []);
        return (await Grain(tenderCode).UploadBoq(upload with { Findings = findings, BasedOn = project.Value!.Versions.Length, Materials = materials })).ToOutcome();
    }

    /// <summary>The firm's quota of stored versions and bytes (Uploads:MaxBoqVersionsPerFirm, Uploads:MaxBoqStoredBytesPerFirm), before the workbook is read.</summary>
    private async Task<Outcome<ProjectView>?> QuotaRefusalAsync(string firm, CancellationToken cancellationToken)
    {
        var (versions, bytes) = await tenders.FirmStorageAsync(firm, cancellationToken);
        var limits = uploads.Value;
        if (versions >= limits.MaxBoqVersionsPerFirm)
        {
            return new Outcome<ProjectView>(default, StatusCodes.Status409Conflict, string.Create(CultureInfo.InvariantCulture,
                $"编制单位已存储 {versions:N0} 个清单版本，达到配额 {limits.MaxBoqVersionsPerFirm:N0} 个（Uploads:MaxBoqVersionsPerFirm），请联系造价站调整配额后再上传。"),
                [ProblemItem.ForField("file", "清单版本数配额已满，本次上传未读取、未保存。")], Problems.BoqVersionQuota);
        }

        return bytes >= limits.MaxBoqStoredBytesPerFirm
            ? new Outcome<ProjectView>(default, StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"编制单位的清单已占用 {bytes / 1_048_576.0:N1} MB，达到存储配额 {limits.MaxBoqStoredBytesPerFirm / 1_048_576.0:N1} MB（Uploads:MaxBoqStoredBytesPerFirm），请联系造价站调整配额后再上传。"),
                [ProblemItem.ForField("file", "清单存储配额已满，本次上传未读取、未保存。")], Problems.BoqStorageQuota)
            : null;
    }

    /// <summary>
    /// Reads a BoQ workbook whole under the tender's rule set and tax method (the consultant's upload, the
    /// bureau's re-priced review); a refused workbook answers 422 with each problem located.
    /// </summary>
    public async Task<Outcome<BoqUpload>> ReadWorkbookAsync(CurrentUser user, TenderInfo tender, IFormFile? file, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(user, tender, file, cancellationToken);
        return read.Succeeded ? Outcome.Ok(read.Value.Upload) : read.Refusal<BoqUpload>();
    }

    /// <summary>The workbook read whole: the upload, and the rows of its main-materials tables for the check against 信息价.</summary>
    private async Task<Outcome<(BoqUpload Upload, ImmutableArray<MaterialRow> Materials)>> ReadAsync(CurrentUser user, TenderInfo tender, IFormFile? file,
        CancellationToken cancellationToken)
    {
        var limits = new BoqReadLimits(MaxFileBytes: uploads.Value.MaxBoqBytes);
        if (!UploadChecks.Acceptable(file, limits.MaxFileBytes, "工程量清单", ".xlsx 工作簿", out var refused))
        {
            return Outcome.Fail<(BoqUpload, ImmutableArray<MaterialRow>)>(StatusCodes.Status422UnprocessableEntity, refused.Title, refused.Problem);
        }

        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        content.Position = 0;

        var ruleSet = ruleSets.Find(tender.RuleSet, tender.TaxMethod)!;
        var read = BoqWorkbookReader.Read(content, ruleSet, limits);
        if (read.IsRefused)
        {
            return Outcome.Fail<(BoqUpload, ImmutableArray<MaterialRow>)>(StatusCodes.Status422UnprocessableEntity, $"无法读取工程量清单“{file.FileName}”，未保存任何内容。",
                read.Refusal.Select(p => new ProblemItem(p.Message, p.Sheet, p.Row, p.Column)));
        }

        var source = new BoqSource(Path.GetFileName(file.FileName), sha256, user.UserName, BureauTime.Now(clock));
        return Outcome.Ok((new BoqUpload(read.Boq!, read.Findings, source), read.Materials));
    }

    /// <summary>Submits the current draft; <paramref name="request"/> names the 编制人 and 复核人 over the workbook's 扉页.</summary>
    public async Task<Outcome<ProjectView>> SubmitAsync(CurrentUser user, string tenderCode, SubmitRequest? request = null)
    {
        var (signatories, problems) = request?.Read() ?? (null, []);
        if (problems.Count > 0)
        {
            return Outcome.Fail<ProjectView>(StatusCodes.Status400BadRequest, "编制人或复核人填写有误。", problems);
        }

        var project = await GetAsync(user, tenderCode);
        return project.Succeeded ? (await Grain(tenderCode).Submit(user.UserName, signatories)).ToOutcome() : project;
    }

    public async Task<Outcome<ProjectView>> FileAsync(CurrentUser user, string tenderCode)
    {
        var project = await GetAsync(user, tenderCode);
        return project.Succeeded ? (await Grain(tenderCode).File(user.UserName)).ToOutcome() : project;
    }

    /// <summary>
    /// The bureau returns the submitted version to the firm with a reason of at least
    /// <see cref="TenderProject.MinimumReturnReasonLength"/> characters (else 400 naming <c>reason</c>).
    /// </summary>
    public async Task<Outcome<ProjectView>> ReturnAsync(CurrentUser user, string tenderCode, string? reason)
    {
        if (reason is null || reason.Trim().Length < TenderProject.MinimumReturnReasonLength)
        {
            return Outcome.Fail<ProjectView>(StatusCodes.Status400BadRequest, "请写明退回理由。",
                ProblemItem.ForField("reason", $"退回理由必填，至少 {TenderProject.MinimumReturnReasonLength} 个字，说明要改正什么。"));
        }

        var project = await GetAsync(user, tenderCode);
        return project.Succeeded ? (await Grain(tenderCode).ReturnSubmission(reason.Trim(), user.UserName)).ToOutcome() : project;
    }

    /// <summary>The bureau publishes the filed price: the complaint window runs from then.</summary>
    public async Task<Outcome<ProjectView>> PublishAsync(CurrentUser user, string tenderCode)
    {
        var project = await GetAsync(user, tenderCode);
        return project.Succeeded ? (await Grain(tenderCode).Publish(user.UserName)).ToOutcome() : project;
    }

    private static bool CanSee(CurrentUser user, ProjectView view) =>
        user.IsBureau || (user.FirmCreditCode is not null && user.FirmCreditCode == view.Info.FirmCreditCode);

    private ITenderProjectGrain Grain(string tenderCode) => grains.GetGrain<ITenderProjectGrain>(GrainKeys.Tender(tenderCode));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex TenderCodePattern();
}
