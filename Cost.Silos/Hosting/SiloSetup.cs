using System.Globalization;
using System.Net;
using Cost.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Cost.Silos.Hosting;

/// <summary>
/// How a process joins the system's Orleans cluster, as a silo (Cost.Silos alone, or co-hosted in
/// Cost.Web) or as a client (Cost.Web with Orleans:Role=client).
/// Embedded mode: localhost clustering on Orleans:SiloPort / Orleans:GatewayPort.
/// Cluster mode: membership in Redis (ConnectionStrings:Redis), every silo on its own ports.
/// </summary>
public static class SiloSetup
{
    private const string ServiceId = "cost-system";

    public static ISiloBuilder ConfigureCostSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var siloPort = Port(configuration, "Orleans:SiloPort", 11111);
        var gatewayPort = Port(configuration, "Orleans:GatewayPort", 30000);
        if (RuntimeMode.IsCluster(configuration))
        {
            silo.UseRedisClustering(Redis(configuration));
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId(configuration), ServiceId));
            silo.ConfigureEndpoints(Address(configuration), siloPort, gatewayPort, listenOnAnyHostAddress: false);
            silo.Configure<ClusterMembershipOptions>(o => DetectFailuresQuickly(o, configuration));
        }
        else
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: "cost-embedded");
        }

        silo.AddIncomingGrainCallFilter<StoreAvailabilityFilter>();
        silo.AddOutgoingGrainCallFilter<TransientCallRetry>();
        silo.Services.AddCostSerialization();
        return silo;
    }

    /// <summary>Cost.Web with Orleans:Role=client: joins the cluster through the silos' gateways.</summary>
    public static IClientBuilder ConfigureCostClient(this IClientBuilder client, IConfiguration configuration)
    {
        client.UseRedisClustering(Redis(configuration));
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId(configuration), ServiceId));
        // A gateway that died is dropped from the client's list within seconds, not the default minute.
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        client.AddOutgoingGrainCallFilter<TransientCallRetry>();
        client.Services.AddCostSerialization();
        return client;
    }

    /// <summary>Orleans:Role for Cost.Web: <c>silo</c> (default, co-hosts a silo) or <c>client</c> (cluster mode only).</summary>
    public static bool IsClientOnly(IConfiguration configuration) =>
        (configuration["Orleans:Role"] ?? "silo").Trim().ToLowerInvariant() switch
        {
            "silo" => false,
            "client" when RuntimeMode.IsCluster(configuration) => true,
            "client" => throw new InvalidOperationException("Orleans:Role=client 只能用于集群模式（Cost:Mode=cluster）：嵌入式模式下没有可加入的集群。"),
            var other => throw new InvalidOperationException($"Orleans:Role 只能是 silo 或 client，而不是“{other}”。"),
        };

    /// <summary>
    /// Orleans' defaults take 10–17 s to declare a killed silo dead and about two minutes for a hung
    /// one (docs/decisions/0001-redis-membership.md). Probing every second and two missed probes bring that to a few seconds;
    /// the cluster tests measure both. Orleans:DeathVotes is how many silos must suspect one before it
    /// is declared dead: 1 by default, because in the two-silo cluster the dead silo still counts as
    /// a live voter until its heartbeat goes stale (~10 s); raise it to 2 from three silos on.
    /// </summary>
    private static void DetectFailuresQuickly(ClusterMembershipOptions o, IConfiguration configuration)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = configuration.GetValue("Orleans:DeathVotes", 1);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>
    /// Domain records (Cost.Domain) carry no Orleans attributes: the domain stays pure. Orleans
    /// serializes them as JSON with the store's options.
    /// </summary>
    public static IServiceCollection AddCostSerialization(this IServiceCollection services) =>
        services.AddSerializer(s => s.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("Cost.Domain", StringComparison.Ordinal) == true,
            jsonSerializerOptions: StoreJson.Options));

    private static string Redis(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { Length: > 0 } redis
            ? redis
            : throw new InvalidOperationException("集群模式（Cost:Mode=cluster）需要配置 ConnectionStrings:Redis（Orleans 成员表，如 127.0.0.1:6379）。");

    private static string ClusterId(IConfiguration configuration) => configuration["Orleans:ClusterId"] ?? "cost-cluster";

    private static IPAddress Address(IConfiguration configuration) =>
        configuration["Orleans:AdvertisedAddress"] is { Length: > 0 } text ? IPAddress.Parse(text) : IPAddress.Loopback;

    private static int Port(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
