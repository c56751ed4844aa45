using Cost.Domain.Prices;
using Cost.Silos.Hosting;

namespace Cost.Benchmarks;

/// <summary>The catalogues shipped in data/, as the server loads them.</summary>
public static class Shipped
{
    private static readonly DataFolder Data = DataFolder.Beside(null);

    public static readonly ResourceCatalogue Catalogue = new(Data.Read<ResourceCatalogueFile>("resources.json").Resources);

    public static readonly UnitAliases Units = new(Data.Read<UnitAliasFile>("units.json"));
}
