using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Cost.Domain;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Cost.Web.Exchange;
using Cost.Web.Jobs;
using Microsoft.Extensions.Options;

namespace Cost.Web.Hosting;

/// <summary>
/// At start-up, appends a config.changed entry when the effective configuration that decides
/// what the system does differs from the one last logged: the platform clients and where their notices
/// go (never a secret), the SHA-256 of every rule and catalogue file in data/, and the job schedules.
/// The entry holds the whole configuration and the keys that changed.
/// </summary>
public sealed class ConfigurationAudit(AuditLog log, DataFolder data, IOptions<ExchangeOptions> exchange, IEnumerable<JobSchedule> jobs, TimeProvider clock)
{
    /// <summary>Logs the configuration if it changed since it was last logged; true when it did.</summary>
    public Task<bool> RecordAsync(CancellationToken cancellationToken)
    {
        var current = Effective();
        var at = BureauTime.Now(clock);
        return log.AppendAfterLatestAsync(AuditActions.ConfigurationChanged, last =>
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
    }

    private SortedDictionary<string, string> Effective()
    {
        var config = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, client) in exchange.Value.Clients)
        {
            config[$"Exchange:Clients:{id}:PushUrl"] = client.PushUrl?.ToString() ?? "";
        }

        foreach (var file in Directory.EnumerateFiles(data.Path, "*.json"))
        {
            config[$"data/{Path.GetFileName(file)}"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        foreach (var job in jobs)
        {
            config[$"Jobs:{job.Name}:Cron"] = job.Cron;
        }

        return config;
    }

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
