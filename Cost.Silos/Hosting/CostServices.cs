using Cost.Domain.Accounts;
using Cost.Domain.Credit;
using Cost.Domain.Indicators;
using Cost.Domain.Materials;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;
using Cost.Domain.Projects;
using Cost.Silos.Accounts;
using Cost.Silos.Exchange;
using Cost.Silos.Grains;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Silos.Hosting;

/// <summary>The services every process of the system shares: the store, its read models and the catalogues of data/.</summary>
public static class CostServices
{
    public static IServiceCollection AddCostCore(this IServiceCollection services, IConfiguration configuration)
    {
        var data = DataFolder.Beside(configuration["Cost:DataFolder"]);
        services.AddSingleton(data);
        services.AddSingleton(CostDatabase.FromConfiguration(configuration));
        services.AddSingleton(RuleSetFiles.Load(data));
        services.AddSingleton(ReferenceData.Load(data));
        services.AddSingleton(new ResourceCatalogue(data.Read<ResourceCatalogueFile>("resources.json").Resources));
        services.AddSingleton(new UnitAliases(data.Read<UnitAliasFile>("units.json")));
        services.AddSingleton<MaterialMatcher>();
        services.AddSingleton(data.Read<MaterialPriceCheckOptions>("material-price-check.json"));
        services.AddSingleton(data.Read<InfoPriceMethod>("info-price-method.json"));
        services.AddSingleton<PriceStore>();
        services.AddSingleton<PriceQueries>();
        services.AddSingleton(IndexBaskets.Load(data));
        services.AddSingleton(data.Read<InformationAdjustmentBands>("information-adjustment.json"));
        services.AddSingleton<IndexStore>();
        services.AddSingleton<IndexQueries>();
        services.AddSingleton<IndicatorQueries>();
        services.AddSingleton(data.Read<UnitRateCheckOptions>("unit-rate-check.json"));
        services.AddSingleton<TenderStore>();
        services.AddSingleton<StaleAlarmQueries>();
        services.AddSingleton<StaleAlarmStore>();
        services.AddSingleton<StalePriceWatcher>();
        services.AddSingleton<TenderQueries>();
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton(new PasswordPolicy(data.Read<CommonPasswordFile>("common-passwords.json").Passwords));
        services.AddSingleton(p => NonceLedgerOf(p.GetRequiredService<CostDatabase>()));
        services.AddSingleton(new CreditRuleCatalogue(data.Read<CreditRuleFile>("credit-rules.json").Rules));
        services.AddSingleton(new EngineerRules(new CreditRuleCatalogue(data.Read<CreditRuleFile>("engineer-credit-rules.json").Rules)));
        services.AddSingleton(data.Read<GradeScale>("credit-grades.json"));
        services.AddSingleton(data.Read<FilingRules>("filing.json"));
        services.AddSingleton(new FilingOptions(configuration.GetValue("Filing:RequireEngineers", false)));
        services.AddSingleton(CreditProcessOptions.From(configuration));
        services.AddSingleton<CalendarStore>();
        services.AddSingleton<CreditStore>();
        services.AddSingleton<CreditQueries>();
        services.AddSingleton<FirmRegister>();
        services.AddSingleton<FirmStore>();
        services.AddSingleton<EngineerStore>();
        services.AddSingleton<EngineerCreditStore>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<StoreMaintenance>();
        services.AddSingleton(TimeProvider.System);
        services.AddExchangeRules(data);
        return services;
    }

    /// <summary>Embedded mode's one web front keeps its own journal; a cluster's fronts share the store.</summary>
    private static INonceLedger NonceLedgerOf(CostDatabase store) => store.Engine == StoreEngine.Sqlite
        ? new JournalNonceLedger(store.File is { } file ? JournalNonceLedger.FolderFor(file) : null)
        : new StoreNonceLedger(store);

    private sealed record CreditRuleFile(IReadOnlyList<CreditRule> Rules);

    private sealed record CommonPasswordFile(IReadOnlyList<string> Passwords);
}
