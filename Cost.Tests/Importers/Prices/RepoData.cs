using System.Text.Json;
using Cost.Domain.Prices;

namespace Cost.Tests.Importers.Prices;

/// <summary>The repository's data/ folder, as a fresh start reads it.</summary>
internal static class RepoData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<ResourceCatalogue> LazyCatalogue = new(() =>
        new ResourceCatalogue(Read<ResourceCatalogueFile>("resources.json").Resources));

    private static readonly Lazy<UnitAliases> LazyUnits = new(() => new UnitAliases(Read<UnitAliasFile>("units.json")));

    public static ResourceCatalogue Catalogue => LazyCatalogue.Value;

    public static UnitAliases Units => LazyUnits.Value;

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CostSystem.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("CostSystem.sln not found");
        }
    }

    public static string DataFile(string name) => Path.Combine(Root, "data", name);

    public static T Read<T>(string name) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(DataFile(name)), Json) ?? throw new InvalidDataException(name);
}
