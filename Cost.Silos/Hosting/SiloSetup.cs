using System.Globalization;
using Cost.Silos.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Cost.Silos.Hosting;

/// <summary>
/// How a silo of this system is set up, whether Cost.Web co-hosts it or Cost.Silos runs it alone.
/// Embedded mode: localhost clustering on Orleans:SiloPort / Orleans:GatewayPort.
/// </summary>
public static class SiloSetup
{
    public static ISiloBuilder ConfigureCostSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var siloPort = Port(configuration, "Orleans:SiloPort", 11111);
        var gatewayPort = Port(configuration, "Orleans:GatewayPort", 30000);
        silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "cost-system", clusterId: "cost-embedded");
        silo.Services.AddCostSerialization();
        return silo;
    }

    /// <summary>
    /// Domain records (Cost.Domain) carry no Orleans attributes: the domain stays pure. Orleans
    /// serializes them as JSON with the store's options.
    /// </summary>
    public static IServiceCollection AddCostSerialization(this IServiceCollection services) =>
        services.AddSerializer(s => s.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("Cost.Domain", StringComparison.Ordinal) == true,
            jsonSerializerOptions: StoreJson.Options));

    private static int Port(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
