using System.Globalization;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Importers.Firms;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
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

        var firm = new FirmDetails(code!, request.Name!.Trim(), CreditRequests.Trimmed(request.Address), CreditRequests.Trimmed(request.LegalRepresentative), CreditRequests.Trimmed(request.Contact),
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

    /// <summary>The bureau proposes a record (it counts once notified, decided and publicised); an unknown rule code or a bad date is 400.</summary>
    public async Task<Outcome<FirmCredit>> AddRecordAsync(CurrentUser user, string creditCode, AddRecordRequest request)
    {
        var (entry, problems) = CreditRequests.Entry(request, rules, user.UserName);
        return entry is null
            ? Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, "诚信记录信息有误。", problems)
            : (await Grain(creditCode).AddRecord(entry)).ToOutcome(StatusCodes.Status201Created);
    }

    /// <summary>The bureau tells the firm of a proposed record.</summary>
    public async Task<Outcome<FirmCredit>> NotifyAsync(CurrentUser user, string creditCode, int recordNo) =>
        await KnownRecordAsync(user, creditCode, recordNo) ?? (await Grain(creditCode).Notify(recordNo, user.UserName)).ToOutcome();

    /// <summary>The firm's consultant states the firm's case on a notified record (text and files), once, within the period.</summary>
    public Task<Outcome<FirmCredit>> StateAsync(CurrentUser user, string creditCode, int recordNo, string? text, IFormFileCollection? files, CancellationToken cancellationToken) =>
        SubmitAsync(user, creditCode, recordNo, text, "text", files, "陈述申辩", (grain, uploads) => grain.State(recordNo, text!.Trim(), uploads, user.UserName), cancellationToken);

    /// <summary>The firm's consultant applies for the repair of a bad record in force, with its evidence (text and files).</summary>
    public Task<Outcome<FirmCredit>> ApplyForRepairAsync(
        CurrentUser user, string creditCode, int recordNo, string? evidence, IFormFileCollection? files, CancellationToken cancellationToken) =>
        SubmitAsync(user, creditCode, recordNo, evidence, "evidence", files, "信用修复申请", (grain, uploads) => grain.ApplyForRepair(recordNo, evidence!.Trim(), uploads, user.UserName),
            cancellationToken);

    /// <summary>The bureau's decision on a notified record: confirm, amend (ruleCode, note) or drop, with a reason.</summary>
    public async Task<Outcome<FirmCredit>> DecideRecordAsync(CurrentUser user, string creditCode, int recordNo, RecordDecisionRequest request)
    {
        var (command, problems) = CreditRequests.Decision(request, recordNo, rules, user.UserName);
        return command is null
            ? Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, "决定信息有误。", problems)
            : await KnownRecordAsync(user, creditCode, recordNo) ?? (await Grain(creditCode).Decide(command)).ToOutcome();
    }

    /// <summary>The bureau grants or refuses a repair application, with a reason.</summary>
    public async Task<Outcome<FirmCredit>> DecideRepairAsync(CurrentUser user, string creditCode, int recordNo, RepairDecisionRequest request)
    {
        var problems = new List<ProblemItem>();
        if (request.Decision is not ("grant" or "refuse"))
        {
            problems.Add(ProblemItem.ForField("decision", "处理结果须为 grant（准予修复）或 refuse（不予修复）。"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(ProblemItem.ForField("reason", "处理理由必填。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, "信用修复处理信息有误。", problems);
        }

        return await KnownRecordAsync(user, creditCode, recordNo)
            ?? (await Grain(creditCode).DecideRepair(recordNo, request.Decision == "grant", request.Reason!.Trim(), user.UserName)).ToOutcome();
    }

    /// <summary>A file the firm handed in, to the bureau and the firm's consultants.</summary>
    public async Task<Outcome<AttachmentContent>> AttachmentAsync(CurrentUser user, string creditCode, string sha256, CancellationToken cancellationToken) =>
        CanSee(user, creditCode) && await store.AttachmentAsync(GrainKeys.Firm(creditCode), sha256.Trim().ToLowerInvariant(), cancellationToken) is { } file
            ? Outcome.Ok(file)
            : Outcome.Fail<AttachmentContent>(StatusCodes.Status404NotFound, $"企业 {creditCode} 没有该附件。");

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

        return await KnownRecordAsync(user, creditCode, recordNo) ?? (await Grain(creditCode).Appeal(recordNo, reason.Trim(), user.UserName)).ToOutcome();
    }

    /// <summary>The bureau upholds or revokes an appealed record, with a reason.</summary>
    public async Task<Outcome<FirmCredit>> DecideAppealAsync(CurrentUser user, string creditCode, int recordNo, AppealDecisionRequest request)
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

        return await KnownRecordAsync(user, creditCode, recordNo)
            ?? (await Grain(creditCode).DecideAppeal(recordNo, request.Decision == "revoke", request.Reason!.Trim(), user.UserName)).ToOutcome();
    }

    /// <summary>
    /// The file as stored (the grain writes through before it answers), read without waking the grain
    /// and without an access check: for the public view and for pages that show only what the viewer may see.
    /// </summary>
    public Task<StoredCreditFile?> StoredAsync(string creditCode, CancellationToken cancellationToken = default) =>
        store.FileAsync(GrainKeys.Firm(creditCode), cancellationToken);

    /// <summary>The whole file with every record's history: the bureau; a consultant of the firm sees all but the records only proposed.</summary>
    public async Task<Outcome<FirmCredit>> FileAsync(CurrentUser user, string creditCode)
    {
        if (!CanSee(user, creditCode))
        {
            return NotFound(creditCode);
        }

        var outcome = (await Grain(creditCode).Describe()).ToOutcome();
        return outcome.Succeeded ? Outcome.Ok(outcome.Value! with { File = outcome.Value.File.VisibleTo(user) }) : outcome;
    }

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
        var records = file.File.PublicRecordsOn(on).Select(r => CreditRecordJson.ForPublic(r, on));
        return Outcome.Ok(new PublicFirmJson(firm.CreditCode, firm.Name, on, standing.Score, standing.Grade, [.. records], file.File.RepairGradeChanges(on, scale)));
    }

    /// <summary>Expires records and recomputes the standing of one firm (also what the nightly job does for every firm).</summary>
    public Task<GrainResult<FirmCredit>> RecomputeAsync(string creditCode) => Grain(creditCode).Recompute();

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private Task<bool> SaveFirmAsync(FirmDetails firm) => Grain(firm.CreditCode).Register(firm);

    /// <summary>404 unless the record is there for <paramref name="user"/> (a record only proposed is not, to the firm).</summary>
    private async Task<Outcome<FirmCredit>?> KnownRecordAsync(CurrentUser user, string creditCode, int recordNo)
    {
        var file = (await Grain(creditCode).Describe()).Value?.File;
        return file?.VisibleTo(user).Find(recordNo) is null
            ? Outcome.Fail<FirmCredit>(StatusCodes.Status404NotFound, $"企业 {creditCode} 没有第 {recordNo} 号诚信记录。")
            : null;
    }

    private async Task<Outcome<FirmCredit>> SubmitAsync(
        CurrentUser user, string creditCode, int recordNo, string? text, string textField, IFormFileCollection? files, string what,
        Func<IFirmGrain, IReadOnlyList<CreditUpload>, Task<GrainResult<FirmCredit>>> submit, CancellationToken cancellationToken)
    {
        if (!CanSee(user, creditCode) || user.IsBureau)
        {
            return NotFound(creditCode);
        }

        var (uploads, problems) = await CreditRequests.SubmissionAsync(text, textField, what, files, cancellationToken);
        if (!problems.IsEmpty)
        {
            return Outcome.Fail<FirmCredit>(StatusCodes.Status400BadRequest, $"{what}有误，未保存任何内容。", problems);
        }

        return await KnownRecordAsync(user, creditCode, recordNo) ?? (await submit(Grain(creditCode), uploads)).ToOutcome();
    }

    /// <summary>The bureau, or a consultant of this firm: those who see the whole file.</summary>
    public static bool CanSee(CurrentUser user, string creditCode) =>
        user.IsBureau || (user.FirmCreditCode is not null && user.FirmCreditCode == GrainKeys.Firm(creditCode));

    private static Outcome<FirmCredit> NotFound(string creditCode) =>
        Outcome.Fail<FirmCredit>(StatusCodes.Status404NotFound, $"企业 {creditCode} 的诚信档案不存在。");

    private IFirmGrain Grain(string creditCode) => grains.GetGrain<IFirmGrain>(GrainKeys.Firm(creditCode));
}
