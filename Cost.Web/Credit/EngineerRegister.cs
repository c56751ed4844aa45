using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Importers.Firms;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// A firm's register of 注册造价工程师, kept by the bureau or the firm's own consultants (another firm's register is 404 to a
/// consultant): list, add or rename one, remove one, or replace the whole register from an .xlsx roster. Submissions are
/// checked against it (the 编制人 and 复核人 must be on it).
/// </summary>
public sealed class EngineerRegister(FirmRegister firms, EngineerStore store, TimeProvider clock)
{
    public sealed record EngineerListJson(string CreditCode, string FirmName, ImmutableArray<CostEngineer> Items);

    public async Task<Outcome<EngineerListJson>> ListAsync(CurrentUser user, string creditCode, CancellationToken cancellationToken = default) =>
        await FirmAsync(user, creditCode, cancellationToken) is { } firm
            ? Outcome.Ok(new EngineerListJson(firm.CreditCode, firm.Name, firm.Engineers))
            : NotFound(creditCode);

    public async Task<Outcome<EngineerListJson>> SaveAsync(CurrentUser user, string creditCode, EngineerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FirmAsync(user, creditCode, cancellationToken) is null)
        {
            return NotFound(creditCode);
        }

        var problems = new List<ProblemItem>();
        var name = request.Name?.Trim() ?? "";
        var number = Cost.Domain.Projects.SignatoryCheck.Normalize(request.RegistrationNumber ?? "");
        if (name.Length is 0 or > 50)
        {
            problems.Add(ProblemItem.ForField("name", "姓名必填，不超过 50 字。"));
        }

        if (!Cost.Domain.Projects.SignatoryCheck.IsRegistrationNumber(number))
        {
            problems.Add(ProblemItem.ForField("registrationNumber", "注册号必填，6–40 个字符（如 建[造]16610000123）。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<EngineerListJson>(StatusCodes.Status400BadRequest, "注册造价工程师信息有误。", problems);
        }

        return await store.SaveAsync(creditCode, new CostEngineer(name, number), BureauTime.Now(clock), user.UserName, cancellationToken) is { } holder
            ? Outcome.Fail<EngineerListJson>(StatusCodes.Status409Conflict, $"注册号 {number} 已登记在“{holder}”名下；须先由该企业或造价站移除。")
            : await ListAsync(user, creditCode, cancellationToken);
    }

    public async Task<Outcome<EngineerListJson>> RemoveAsync(CurrentUser user, string creditCode, string registrationNumber, CancellationToken cancellationToken = default)
    {
        if (await FirmAsync(user, creditCode, cancellationToken) is null)
        {
            return NotFound(creditCode);
        }

        return await store.RemoveAsync(creditCode, registrationNumber, BureauTime.Now(clock), user.UserName, cancellationToken)
            ? await ListAsync(user, creditCode, cancellationToken)
            : Outcome.Fail<EngineerListJson>(StatusCodes.Status404NotFound, $"本企业名册中没有注册号 {registrationNumber}。");
    }

    /// <summary>Replaces the register with the roster's engineers; a roster with any bad row changes nothing (422 naming each).</summary>
    public async Task<Outcome<EngineerListJson>> ImportAsync(CurrentUser user, string creditCode, IFormFile? file, CancellationToken cancellationToken = default)
    {
        if (await FirmAsync(user, creditCode, cancellationToken) is null)
        {
            return NotFound(creditCode);
        }

        if (file is null || file.Length == 0)
        {
            return Outcome.Fail<EngineerListJson>(StatusCodes.Status422UnprocessableEntity, "未收到名册文件。",
                ProblemItem.ForField("file", "请在表单字段 file 中上传一个 .xlsx 工作簿。"));
        }

        await using var stream = file.OpenReadStream();
        var (engineers, problems) = EngineerRosterReader.Read(stream);
        if (!problems.IsEmpty)
        {
            return Outcome.Fail<EngineerListJson>(StatusCodes.Status422UnprocessableEntity, $"名册“{file.FileName}”有误，未保存任何内容。",
                problems.Select(p => new ProblemItem(p.Message, p.Sheet, p.Row, p.Column)));
        }

        var taken = await store.ReplaceAsync(creditCode, engineers, BureauTime.Now(clock), user.UserName, cancellationToken);
        return taken.IsEmpty
            ? await ListAsync(user, creditCode, cancellationToken)
            : Outcome.Fail<EngineerListJson>(StatusCodes.Status409Conflict, "名册中有注册号已登记在其他企业名下，未保存任何内容。",
                taken.Select(t => ProblemItem.ForField("file", $"注册号 {t.RegistrationNumber} 已登记在“{t.Firm}”名下。")));
    }

    private async Task<FirmDetails?> FirmAsync(CurrentUser user, string creditCode, CancellationToken cancellationToken) =>
        CreditOperations.CanSee(user, creditCode) ? await firms.FindAsync(creditCode, cancellationToken) : null;

    private static Outcome<EngineerListJson> NotFound(string creditCode) =>
        Outcome.Fail<EngineerListJson>(StatusCodes.Status404NotFound, $"企业 {creditCode} 不存在。");
}
