using System.Collections.Immutable;
using System.Security.Cryptography;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bidding;
using Cost.Domain.Credit;
using Cost.Domain.Prices;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Importers.Bills;
using Cost.Importers.Prices;
using Cost.Silos.Accounts;
using Cost.Silos.Hosting;
using Cost.Web.Auth;

namespace Cost.Web.Hosting;

/// <summary>
/// At start-up: applies the store's migrations, logs a changed configuration in the audit log, then
/// fills an empty store from data/ (sample firms, demo accounts, sample tenders uploaded and filed
/// through the same grains as everything else) — in Development, or wherever Cost:SeedSampleData asks
/// for it. Runs after the co-hosted silo has started and before the web server listens.
/// </summary>
public sealed partial class StoreInitializer(
    StoreSetup setup,
    DataFolder data,
    ConfigurationAudit configurationAudit,
    RuleSetCatalogue ruleSets,
    ResourceCatalogue catalogue,
    UnitAliases units,
    IGrainFactory grains,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await setup.MigrateAsync(cancellationToken);
        LogMigrated(setup.Description, applied);
        if (await configurationAudit.RecordAsync(cancellationToken))
        {
            LogConfigurationLogged();
        }

        await setup.TakeOverRestrictionsAsync(cancellationToken);
        await setup.TakeOverCalendarAsync(cancellationToken);

        if (SeedsSampleData(configuration, environment) && await setup.IsEmptyAsync(cancellationToken))
        {
            await SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether an empty store is filled with the samples and the demo accounts, whose passwords are
    /// public: Cost:SeedSampleData, by default only in Development (OWASP Top 10 A05:2021: no default accounts).
    /// </summary>
    public static bool SeedsSampleData(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Cost:SeedSampleData", environment.IsDevelopment());

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = BureauTime.Now(clock);
        foreach (var firm in data.Read<FirmFile>("firms.json").Firms)
        {
            await setup.AddFirmAsync(firm, now, cancellationToken);
        }

        foreach (var a in data.Read<AccountFile>("demo-accounts.json").Accounts)
        {
            await setup.AddUserAsync(new UserAccount(a.UserName, a.DisplayName, PasswordHasher.Hash(a.Password), a.Role, a.FirmCreditCode), cancellationToken);
        }

        var tenders = data.Read<TenderFile>("sample-tenders.json").Tenders;
        var contractors = tenders.Select(t => t.Award).OfType<SampleAward>().DistinctBy(a => a.WinnerCreditCode).ToList();
        foreach (var tender in tenders)
        {
            await SeedTenderAsync(tender, contractors, now);
        }

        await SeedPricesAsync(now);
        await SeedCreditAsync(now);

        LogSeeded();
    }

    /// <summary>
    /// Two years of the city's sample surveys and a year of each sample district's own, each month collected,
    /// closed and published through the period grains.
    /// </summary>
    private async Task SeedPricesAsync(DateTimeOffset now)
    {
        var folder = data.File("samples");
        await SeedPricesAsync(SampleObservations.Region, Path.Combine(folder, SampleObservations.FileName), now);
        foreach (var (region, path) in SampleObservations.Districts(folder))
        {
            await SeedPricesAsync(region, path, now);
        }
    }

    private async Task SeedPricesAsync(string region, string path, DateTimeOffset now)
    {
        foreach (var (month, observations) in SampleObservations.Read(path, catalogue, units))
        {
            var grain = grains.GetGrain<IPricePeriodGrain>(GrainKeys.PricePeriod(region, month));
            var sha = observations.IsEmpty ? month.ToString() : observations[0].Source.FileSha256;
            await grain.AddSurvey(new SurveyUpload(Path.GetFileName(path), sha, "seed", now, observations, 0));
            await grain.Close();
            await grain.Publish("seed");
        }
    }

    private async Task SeedTenderAsync(SampleTender t, IReadOnlyList<SampleAward> contractors, DateTimeOffset now)
    {
        var grain = grains.GetGrain<ITenderProjectGrain>(GrainKeys.Tender(t.TenderCode));
        await grain.Create(new TenderInfo(t.TenderCode, t.Name, t.Region, t.ProjectType, t.BuildingArea, t.RuleSet, t.FirmCreditCode, "seed", now, t.TaxMethod));

        var bytes = await File.ReadAllBytesAsync(data.File(t.Workbook));
        var read = BoqWorkbookReader.Read(new MemoryStream(bytes), ruleSets.Find(t.RuleSet, t.TaxMethod)!);
        if (read.IsRefused)
        {
            throw new InvalidDataException($"示例清单 {t.Workbook} 无法读取：{read.Refusal[0].Message}");
        }

        var source = new BoqSource(Path.GetFileName(t.Workbook), Convert.ToHexStringLower(SHA256.HashData(bytes)), "seed", now);
        await grain.UploadBoq(new BoqUpload(read.Boq!, read.Findings, source));
        if (t.Status is "submitted" or "filed")
        {
            await grain.Submit("seed");
        }

        if (t.Status == "filed" && (await grain.File("seed")).Value?.Current is { } filed && t.Award is { } award)
        {
            await SeedAwardAsync(grain, t.TenderCode, filed.Price.Total, award, contractors, source.Sha256);
        }
    }

    /// <summary>
    /// The platform's bid opening and award of a sample tender, as its endpoints would store them: the
    /// winner bid the award price, the other sample contractors bid 1.2 % and 2.4 % more (never above
    /// the ceiling price), and the opening took place five days before the award.
    /// </summary>
    private static async Task SeedAwardAsync(ITenderProjectGrain grain, string tenderCode, decimal ceiling, SampleAward award, IReadOnlyList<SampleAward> contractors, string sha256)
    {
        var price = Money.Round(ceiling * award.Ratio);
        var others = contractors.Where(c => c.WinnerCreditCode != award.WinnerCreditCode)
            .Select((c, i) => new Bid(c.WinnerCreditCode, c.WinnerName, Math.Min(ceiling, Money.Round(price * (1.012m + 0.012m * i)))));
        var opening = new IdempotentRequest("seed", $"seed-opening-{tenderCode}", $"/exchange/v1/tenders/{tenderCode}/bid-openings", sha256);
        var opened = await grain.OpenBids(new BidOpening(opening, award.AwardedAt.AddDays(-5), [new Bid(award.WinnerCreditCode, award.WinnerName, price), .. others]));
        var request = new IdempotentRequest("seed", $"seed-award-{tenderCode}", $"/exchange/v1/tenders/{tenderCode}/awards", sha256);
        var awarded = opened.IsDone ? await grain.Award(new AwardNotice(request, award.WinnerCreditCode, award.WinnerName, price, award.AwardedAt)) : opened;
        if (!awarded.IsDone)
        {
            throw new InvalidDataException($"示例招标项目 {tenderCode} 的开标或中标结果无法登记：{awarded.Message}");
        }
    }

    /// <summary>Sample credit records (data/sample-credit-records.json), dated back from today, then every firm's first grade.</summary>
    private async Task SeedCreditAsync(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        foreach (var r in data.Read<CreditRecordFile>("sample-credit-records.json").Records)
        {
            var occurred = today.AddMonths(-r.MonthsAgo);
            var result = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm(r.CreditCode)).AddRecord(new CreditEntry(r.RuleCode, occurred, null, r.Evidence, r.Note, "seed", Settled: true));
            if (!result.IsDone)
            {
                throw new InvalidDataException($"示例诚信记录（{r.CreditCode} {r.RuleCode}）无法录入：{result.Message}");
            }
        }

        foreach (var firm in data.Read<FirmFile>("firms.json").Firms)
        {
            await grains.GetGrain<IFirmGrain>(GrainKeys.Firm(firm.CreditCode)).Recompute();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "存储 {Store}：新应用 {Count} 个迁移。")]
    private partial void LogMigrated(string store, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "配置与审计日志中上次记录的不同，已记入审计日志（config.changed）。")]
    private partial void LogConfigurationLogged();

    [LoggerMessage(Level = LogLevel.Information, Message = "空库已载入 data/ 中的示例企业、演示账号、示例招标项目和 24 个月的示例信息价。")]
    private partial void LogSeeded();

    private sealed record FirmFile(ImmutableArray<FirmDetails> Firms);

    private sealed record AccountFile(ImmutableArray<SampleAccount> Accounts);

    private sealed record SampleAccount(string UserName, string Password, string DisplayName, string Role, string? FirmCreditCode);

    private sealed record CreditRecordFile(ImmutableArray<SampleCreditRecord> Records);

    private sealed record SampleCreditRecord(string CreditCode, string RuleCode, int MonthsAgo, string? Note, string? Evidence);

    private sealed record TenderFile(ImmutableArray<SampleTender> Tenders);

    private sealed record SampleTender(
        string TenderCode, string Name, string Region, string ProjectType, decimal? BuildingArea,
        string RuleSet, string FirmCreditCode, string Workbook, string Status, SampleAward? Award, TaxMethod TaxMethod = TaxMethod.General);

    /// <summary>A sample award: the winner and the winning bid as a share of the filed ceiling price.</summary>
    private sealed record SampleAward(string WinnerCreditCode, string WinnerName, decimal Ratio, DateTimeOffset AwardedAt);
}
