using System.Collections.Immutable;
using System.Text.Json;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Silos.Store;

namespace Cost.Silos.Hosting;

/// <summary>
/// Keeps the effective configuration in the audit log: a config.changed entry whenever it differs
/// from the one last logged, holding the whole configuration and the keys that changed.
/// </summary>
public sealed class ConfigurationLog(CostDatabase database)
{
    private readonly AuditLog _log = new(database);

    /// <summary>Logs <paramref name="current"/> if it differs from the configuration last logged; true when it did.</summary>
    public Task<bool> RecordAsync(IReadOnlyDictionary<string, string> current, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        _log.AppendAfterLatestAsync(AuditActions.ConfigurationChanged, last =>
        {
            var previous = Logged(last?.PayloadJson);
            var changes = current.Keys.Union(previous.Keys).Order(StringComparer.Ordinal)
                .Select(key => new ConfigurationChange(key, previous.GetValueOrDefault(key), current.GetValueOrDefault(key)))
                .Where(c => c.From != c.To)
                .ToImmutableArray();
            return changes.IsEmpty
                ? null
                : new AuditEntry(at, "system", AuditActions.ConfigurationChanged, "configuration", new ConfigurationFacts(current, changes));
        }, cancellationToken);

    /// <summary>The configuration an entry logged; empty when none was logged yet.</summary>
    private static IReadOnlyDictionary<string, string> Logged(string? payloadJson)
    {
        try
        {
            return payloadJson is null ? new Dictionary<string, string>() : StoreJson.Read<ConfigurationFacts>(payloadJson).Config;
        }
        catch (JsonException)
        {
            // The last entry was changed behind the system's back: the verifier names it; the configuration is logged whole again.
            return new Dictionary<string, string>();
        }
    }

    private sealed record ConfigurationFacts(IReadOnlyDictionary<string, string> Config, ImmutableArray<ConfigurationChange> Changes);

    /// <summary>One key's value before and after (null: absent).</summary>
    private sealed record ConfigurationChange(string Key, string? From, string? To);
}
