using System.Globalization;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Importers.Firms;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// The credit operations behind both the JSON API and the pages: the firm register, records, appeals
/// and the public view. The bureau keeps the files; a consultant sees and appeals only their own
/// firm's (another firm's file is 404 to them); anyone reads the public register.
/// </summary>
public sealed class CreditOperations(
    IGrainFactory grains,
    FirmRegister register,
    CreditQueries store,
    CreditRuleCatalogue rules,
    GradeScale scale,
    TimeProvider clock)
{
    public CreditRuleCatalogue Rules => rules;

    public GradeScale Scale => scale;

    /// <summary>Registers a firm or updates it; Value is true when the firm is new.</summary>
    public async Task<Outcome<FirmDetails>> RegisterAsync(RegisterFirmRequest request, CancellationToken cancellationToken = default)
    {
        var code = request.CreditCode?.Trim().ToUpperInvariant();
        var problems = new List<ProblemItem>();
        if (CreditCode.Problem(code) is { } codeProblem)
        {
            problems.Add(ProblemItem.ForField("creditCode", codeProblem));
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            problems.Add(ProblemItem.ForField("name", "企业名称必填，不超过 200 字。"));
        }

        var engineers = request.Engineers ?? [];
        foreach (var (e, i) in engineers.Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(e.Name) || string.IsNullOrWhiteSpace(e.RegistrationNumber) || e.RegistrationNumber.Trim().Length > 40)
            {
                problems.Add(ProblemItem.ForField($"engineers[{i}]", "注册造价工程师须有姓名和注册号（不超过 40 位）。"));
            }
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<FirmDetails>(StatusCodes.Status400BadRequest, "企业信息有误。", problems);
        }

        var firm = new FirmDetails(code!, request.Name!.Trim(), Trimmed(request.Address), Trimmed(request.LegalRepresentative), Trimmed(request.Contact),
            [.. engineers.Select(e => new CostEngineer(e.Name!.Trim(), e.RegistrationNumber!.Trim()))]);
        var created = await SaveFirmAsync(firm);
        return Outcome.Ok(firm, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>A roster workbook: good rows registered (or updated), bad rows rejected with row and column; 422 when unreadable.</summary>
    public async Task<Outcome<RosterImportJson>> ImportRosterAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Outcome.Fail<RosterImportJson>(StatusCodes.Status422UnprocessableEntity, "未收到名录文件。",
                ProblemItem.ForField("file", "请在表单字段 file 中上传一个 .xlsx 工作簿。"));
        }

        await using var stream = file.OpenReadStream();
        var read = FirmRosterReader.Read(stream);
        if (read.IsRefused)
        {
            return Outcome.Fail<RosterImportJson>(StatusCodes.Status422UnprocessableEntity, $"无法读取名录“{file.FileName}”，未保存任何内容。",
                ProblemItem.ForField("file", read.Refusal!));
        }

        var created = 0;
        foreach (var f in read.Firms)
        {
            created += await SaveFirmAsync(f.Firm) ? 1 : 0;
        }

        return Outcome.Ok(new RosterImportJson(read.Firms.Length, created, read.Firms.Length - created,
            [.. read.Rejected.Select(r => new ProblemItem(r.Message, r.Sheet, r.Row, r.Column))]));
    }

    /// <summary>The bureau enters a record; an unknown rule code or a bad date is 400.</summary>
    public async Task<Outcome<FirmCredit>> AddRecordAsync(CurrentUser user, string creditCode, AddRecordRequest request)
    {
        var problems = new List<ProblemItem>();
        if (rules.Find(request.RuleCode) is null)
        {
            problems.Add(ProblemItem.ForField("ruleCode", $"诚信规则“{request.RuleCode}”不存在，可选：{string.Join("、", rules.All.Select(r => r.Code))}。"));
        }

        var occurred = ParseDate(request.OccurredOn);
        if (occurred is null)
        {
            problems.Add(ProblemItem.ForField("occurredOn", "发生日期必填，格式 yyyy-MM-dd。"));
        }

        var published = ParseDate(request.PublishedOn);
        if (!string.IsNullOrWhiteSpace(request.PublishedOn) && published is null)
        {
            problems.Add(ProblemItem.ForField("publishedOn", "公布日期格式应为 yyyy-MM-dd。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, "诚信记录信息有误。", problems);
        }

        var entry = new CreditEntry(rules.Find(request.RuleCode)!.Code, occurred!.Value, published, Trimmed(request.Evidence), Trimmed(request.Note), user.UserName);
        return (await Grain(creditCode).AddRecord(entry)).ToOutcome(StatusCodes.Status201Created);
    }

    /// <summary>The firm's consultant appeals a bad record; another firm's record is 404 to them.</summary>
    public async Task<Outcome<FirmCredit>> AppealAsync(CurrentUser user, string creditCode, int recordNo, string? reason)
    {
        if (!CanSee(user, creditCode))
        {
            return NotFound(creditCode);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, "请写明申诉理由。", ProblemItem.ForField("reason", "申诉理由必填。"));
        }

        return await KnownRecordAsync(creditCode, recordNo) ?? (await Grain(creditCode).Appeal(recordNo, reason.Trim(), user.UserName)).ToOutcome();
    }

    /// <summary>The bureau upholds or revokes an appealed record, with a reason.</summary>
    public async Task<Outcome<FirmCredit>> DecideAsync(CurrentUser user, string creditCode, int recordNo, AppealDecisionRequest request)
    {
        var problems = new List<ProblemItem>();
        if (request.Decision is not ("uphold" or "revoke"))
        {
            problems.Add(ProblemItem.ForField("decision", "处理结果须为 uphold（维持）或 revoke（撤销）。"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(ProblemItem.ForField("reason", "处理理由必填。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, "申诉处理信息有误。", problems);
        }

        return await KnownRecordAsync(creditCode, recordNo)
            ?? (await Grain(creditCode).DecideAppeal(recordNo, request.Decision == "revoke", request.Reason!.Trim(), user.UserName)).ToOutcome();
    }

    /// <summary>
    /// The file as stored (the grain writes through before it answers), read without waking the grain
    /// and without an access check: for the public view and for pages that show only what the viewer may see.
    /// </summary>
    public Task<StoredCreditFile?> StoredAsync(string creditCode, CancellationToken cancellationToken = default) =>
        store.FileAsync(GrainKeys.Firm(creditCode), cancellationToken);

    /// <summary>The whole file with every record's history: the bureau, or a consultant of the firm.</summary>
    public async Task<Outcome<FirmCredit>> FileAsync(CurrentUser user, string creditCode) =>
        CanSee(user, creditCode) ? (await Grain(creditCode).Describe()).ToOutcome() : NotFound(creditCode);

    /// <summary>The public view on <paramref name="asOf"/> (default today): the standing then and the public records counting then.</summary>
    public async Task<Outcome<PublicFirmJson>> PublicAsync(string creditCode, string? asOf, CancellationToken cancellationToken = default)
    {
        var date = string.IsNullOrWhiteSpace(asOf) ? BureauTime.Today(clock) : ParseDate(asOf);
        if (date is not { } on)
        {
            return Outcome.Fail<PublicFirmJson>(StatusCodes.Status400BadRequest, "日期有误。", ProblemItem.ForField("asOf", "asOf 的格式应为 yyyy-MM-dd。"));
        }

        var firm = await register.FindAsync(GrainKeys.Firm(creditCode), cancellationToken);
        var file = await StoredAsync(creditCode, cancellationToken);
        if (firm is null || file is null)
        {
            return Outcome.Fail<PublicFirmJson>(StatusCodes.Status404NotFound, $"企业 {creditCode} 不在造价咨询企业名录中。");
        }

        var standing = file.File.StandingOn(on, scale);
        var records = file.File.PublicRecordsOn(on).Select(CreditRecordJson.ForPublic);
        return Outcome.Ok(new PublicFirmJson(firm.CreditCode, firm.Name, on, standing.Score, standing.Grade, [.. records]));
    }

    /// <summary>Expires records and recomputes the standing of one firm (also what the nightly job does for every firm).</summary>
    public Task<GrainResult<FirmCredit>> RecomputeAsync(string creditCode) => Grain(creditCode).Recompute();

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private Task<bool> SaveFirmAsync(FirmDetails firm) => Grain(firm.CreditCode).Register(firm);

    private async Task<Outcome<FirmCredit>?> KnownRecordAsync(string creditCode, int recordNo)
    {
        var file = await Grain(creditCode).Describe();
        return file.Value?.File.Find(recordNo) is null
            ? Outcome.Fail<FirmCredit>(StatusCodes.Status404NotFound, $"企业 {creditCode} 没有第 {recordNo} 号诚信记录。")
            : null;
    }

    /// <summary>The bureau, or a consultant of this firm: those who see the whole file.</summary>
    public static bool CanSee(CurrentUser user, string creditCode) =>
        user.IsBureau || (user.FirmCreditCode is not null && user.FirmCreditCode == GrainKeys.Firm(creditCode));

    private static Outcome<FirmCredit> NotFound(string creditCode) =>
        Outcome.Fail<FirmCredit>(StatusCodes.Status404NotFound, $"企业 {creditCode} 的诚信档案不存在。");

    private IFirmGrain Grain(string creditCode) => grains.GetGrain<IFirmGrain>(GrainKeys.Firm(creditCode));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
