using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cost.Silos;

/// <summary><c>dotnet run --project Cost.Silos</c>: a silo host alone, with the same configuration keys as Cost.Web.</summary>
public static class SiloHost
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddCostCore(builder.Configuration);
        builder.UseOrleans(silo => silo.ConfigureCostSilo(builder.Configuration));
        using var host = builder.Build();
        await MigrationRunner.ApplyAsync(host.Services.GetRequiredService<CostDatabase>());
        await host.RunAsync();
    }
}
