using Cost.Domain.Credit;
using Cost.Silos.Accounts;
using Cost.Silos.Exchange;
using Cost.Silos.Store;

namespace Cost.Silos.Hosting;

/// <summary>
/// Readies the store at start-up: applies its migrations (and builds aggregates they introduce), and fills an empty store with the sample
/// firms and the demo accounts (everything else of the samples goes through the grains).
/// </summary>
public sealed class StoreSetup(CostDatabase database, AccountDirectory directory, FirmStore firms, RestrictionStore restrictions, InitialRestrictions initial,
    CalendarStore calendar, DataFolder data, TimeProvider clock)
{
    /// <summary>Where the store is, for the log: the SQLite file or the PostgreSQL server and database.</summary>
    public string Description => database.Description;

    /// <summary>Applies the migrations, then builds the indicator aggregates of a store filed before they existed.</summary>
    /// <returns>How many migrations were newly applied.</returns>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = await MigrationRunner.ApplyAsync(database, cancellationToken).ConfigureAwait(false);
        await IndicatorAggregates.EnsureBuiltAsync(database, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return applied;
    }

    /// <summary>Takes the restricted bidders of data/bid-review.json into a list that has never held one (audited, by "system").</summary>
    public async Task TakeOverRestrictionsAsync(CancellationToken cancellationToken = default)
    {
        if (!initial.Entries.IsEmpty && await restrictions.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = Domain.BureauTime.Now(clock);
            foreach (var e in initial.Entries)
            {
                await restrictions.AddAsync(new Domain.Bidding.BidRestriction(0, e.CreditCode, e.Name, e.Reason, "data/bid-review.json",
                    DateOnly.FromDateTime(now.DateTime), null, "system", now), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Takes data/working-calendar.json into a store whose calendar the bureau has never kept (audited, by "system").</summary>
    public Task TakeOverCalendarAsync(CancellationToken cancellationToken = default) =>
        calendar.TakeOverAsync(data.Read<CalendarFile>("working-calendar.json").Days, Domain.BureauTime.Now(clock), cancellationToken);

    /// <summary>True when the store holds no account yet: the first start of an empty store.</summary>
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => directory.IsEmptyAsync(cancellationToken);

    /// <summary>Adds a sample firm with its registered engineers.</summary>
    public Task AddFirmAsync(FirmDetails firm, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        firms.SaveAsync(firm, at, cancellationToken);

    public Task AddUserAsync(UserAccount user, CancellationToken cancellationToken = default) => directory.AddUserAsync(user, cancellationToken);

    private sealed record CalendarFile(IReadOnlyList<Domain.Calendar.CalendarDay> Days);
}
