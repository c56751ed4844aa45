using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// Registered cost engineers' own credit files, kept under the registration number so that they follow the engineer from
/// firm to firm. The bureau proposes, notifies and decides records; the consultants of the firm the engineer is registered
/// with now see the whole file and state the engineer's case; anyone reads the points and public records.
/// </summary>
public sealed class EngineerCreditOperations(IGrainFactory grains, FirmRegister register, EngineerRules rules, CreditQueries queries, TimeProvider clock)
{
    /// <summary>The engineer as the public reads them: the firm now, the points on a date and the public records then.</summary>
    public sealed record EngineerPublicJson(
        string RegistrationNumber, string? Name, string? FirmCreditCode, string? FirmName, DateOnly AsOf, decimal Points, ImmutableArray<CreditRecordJson> Records);

    /// <summary>The whole file, for the bureau and the consultants of the engineer's firm.</summary>
    public sealed record EngineerFileJson(
        string RegistrationNumber, string? Name, string? FirmCreditCode, string? FirmName, decimal Points, ImmutableArray<CreditRecordJson> Records);

    public CreditRuleCatalogue Rules => rules.Catalogue;

    public async Task<Outcome<EngineerPublicJson>> PublicAsync(string registrationNumber, string? asOf, CancellationToken cancellationToken = default)
    {
        var date = string.IsNullOrWhiteSpace(asOf) ? BureauTime.Today(clock) : CreditOperations.ParseDate(asOf);
        if (date is not { } on)
        {
            return Outcome.Fail<EngineerPublicJson>(StatusCodes.Status400BadRequest, "日期有误。", ProblemItem.ForField("asOf", "asOf 的格式应为 yyyy-MM-dd。"));
        }

        if ((await Grain(registrationNumber).Describe()).Value?.File is not { } file)
        {
            return Outcome.Fail<EngineerPublicJson>(StatusCodes.Status404NotFound, $"注册号 {registrationNumber} 没有信用档案。");
        }

        var employer = await register.EmployerAsync(registrationNumber, cancellationToken);
        return Outcome.Ok(new EngineerPublicJson(file.CreditCode, employer?.Name, employer?.CreditCode, employer?.FirmName, on, file.PointsOn(on),
            [.. file.PublicRecordsOn(on).Select(r => CreditRecordJson.ForPublic(r, on))]));
    }

    public async Task<Outcome<EngineerFileJson>> FileAsync(CurrentUser user, string registrationNumber, CancellationToken cancellationToken = default)
    {
        var employer = await register.EmployerAsync(registrationNumber, cancellationToken);
        if (!CanSee(user, employer) || (await Grain(registrationNumber).Describe()).Value?.File is not { } file)
        {
            return NotFound<EngineerFileJson>(registrationNumber);
        }

        var today = BureauTime.Today(clock);
        return Outcome.Ok(new EngineerFileJson(file.CreditCode, employer?.Name, employer?.CreditCode, employer?.FirmName, file.PointsOn(today),
            [.. file.VisibleTo(user).Records.Select(r => CreditRecordJson.From(CreditFileBase.Engineer(file.CreditCode), r, today))]));
    }

    public async Task<Outcome<EngineerCredit>> AddRecordAsync(CurrentUser user, string registrationNumber, AddRecordRequest request)
    {
        var (entry, problems) = CreditRequests.Entry(request, rules.Catalogue, user.UserName);
        return entry is null
            ? Outcome.Fail<EngineerCredit>(StatusCodes.Status400BadRequest, "信用记录信息有误。", problems)
            : (await Grain(registrationNumber).AddRecord(entry)).ToOutcome(StatusCodes.Status201Created);
    }

    public async Task<Outcome<EngineerCredit>> NotifyAsync(CurrentUser user, string registrationNumber, int recordNo) =>
        await KnownRecordAsync(user, registrationNumber, recordNo) ?? (await Grain(registrationNumber).Notify(recordNo, user.UserName)).ToOutcome();

    public async Task<Outcome<EngineerCredit>> DecideAsync(CurrentUser user, string registrationNumber, int recordNo, RecordDecisionRequest request)
    {
        var (command, problems) = CreditRequests.Decision(request, recordNo, rules.Catalogue, user.UserName);
        return command is null
            ? Outcome.Fail<EngineerCredit>(StatusCodes.Status400BadRequest, "决定信息有误。", problems)
            : await KnownRecordAsync(user, registrationNumber, recordNo) ?? (await Grain(registrationNumber).Decide(command)).ToOutcome();
    }

    /// <summary>A consultant of the engineer's firm states the engineer's case (text and files), once, within the period.</summary>
    public async Task<Outcome<EngineerCredit>> StateAsync(
        CurrentUser user, string registrationNumber, int recordNo, string? text, IFormFileCollection? files, CancellationToken cancellationToken)
    {
        if (user.IsBureau || !CanSee(user, await register.EmployerAsync(registrationNumber, cancellationToken)))
        {
            return NotFound<EngineerCredit>(registrationNumber);
        }

        var (uploads, problems) = await CreditRequests.SubmissionAsync(text, "text", "陈述申辩", files, cancellationToken);
        return !problems.IsEmpty
            ? Outcome.Fail<EngineerCredit>(StatusCodes.Status400BadRequest, "陈述申辩有误，未保存任何内容。", problems)
            : await KnownRecordAsync(user, registrationNumber, recordNo)
                ?? (await Grain(registrationNumber).State(recordNo, text!.Trim(), uploads, user.UserName)).ToOutcome();
    }

    public async Task<Outcome<AttachmentContent>> AttachmentAsync(CurrentUser user, string registrationNumber, string sha256, CancellationToken cancellationToken) =>
        CanSee(user, await register.EmployerAsync(registrationNumber, cancellationToken))
        && await queries.AttachmentAsync(GrainKeys.Engineer(registrationNumber), sha256.Trim().ToLowerInvariant(), cancellationToken) is { } file
            ? Outcome.Ok(file)
            : NotFound<AttachmentContent>(registrationNumber);

    /// <summary>The bureau, or a consultant of the firm the engineer is registered with now.</summary>
    public static bool CanSee(CurrentUser user, FirmRegister.Employment? employer) =>
        user.IsBureau || (employer is not null && user.FirmCreditCode == employer.CreditCode);

    private async Task<Outcome<EngineerCredit>?> KnownRecordAsync(CurrentUser user, string registrationNumber, int recordNo)
    {
        var file = (await Grain(registrationNumber).Describe()).Value?.File;
        return file?.VisibleTo(user).Find(recordNo) is null
            ? Outcome.Fail<EngineerCredit>(StatusCodes.Status404NotFound, $"注册号 {registrationNumber} 没有第 {recordNo} 号信用记录。")
            : null;
    }

    private static Outcome<T> NotFound<T>(string registrationNumber) =>
        Outcome.Fail<T>(StatusCodes.Status404NotFound, $"注册号 {registrationNumber} 的信用档案不存在。");

    private IEngineerGrain Grain(string registrationNumber) => grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(registrationNumber));
}
