using Microsoft.Extensions.Configuration;

namespace Cost.Silos.Hosting;

/// <summary>Cost:Mode: <c>embedded</c> (the default: SQLite, one process) or <c>cluster</c> (PostgreSQL, Redis membership).</summary>
public static class RuntimeMode
{
    public static bool IsCluster(IConfiguration configuration) =>
        (configuration["Cost:Mode"] ?? "embedded").Trim().ToLowerInvariant() switch
        {
            "embedded" => false,
            "cluster" => true,
            var other => throw new InvalidOperationException($"Cost:Mode 只能是 embedded 或 cluster，而不是“{other}”。"),
        };
}
