using System.Security.Cryptography;
using Cost.Domain;
using Cost.Silos.Hosting;
using Cost.Web.Exchange;
using Cost.Web.Jobs;
using Microsoft.Extensions.Options;

namespace Cost.Web.Hosting;

/// <summary>
/// At start-up, appends a config.changed entry when the effective configuration that decides
/// what the system does differs from the one last logged: the platform clients and where their notices
/// go (never a secret), the SHA-256 of every rule and catalogue file in data/, and the job schedules.
/// </summary>
public sealed class ConfigurationAudit(ConfigurationLog log, DataFolder data, IOptions<ExchangeOptions> exchange, IEnumerable<JobSchedule> jobs, TimeProvider clock)
{
    /// <summary>Logs the configuration if it changed since it was last logged; true when it did.</summary>
    public Task<bool> RecordAsync(CancellationToken cancellationToken) => log.RecordAsync(Effective(), BureauTime.Now(clock), cancellationToken);

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
}
