using Cost.Silos.Hosting;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cost.Web.Hosting;

/// <summary>/health: the web front listens (so migrations and seeding are done) and the store answers.</summary>
public sealed class StoreHealthCheck(CostDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>("SELECT 1");
            return HealthCheckResult.Healthy(database.Engine.ToString());
        }
        catch (StoreUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
