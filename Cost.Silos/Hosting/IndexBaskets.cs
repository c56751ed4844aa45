using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;

namespace Cost.Silos.Hosting;

/// <summary>Reads data/index-baskets.json and refuses to start with a basket that cannot be published (unknown category, weights not summing to 1).</summary>
public static class IndexBaskets
{
    public const string FileName = "index-baskets.json";

    public static BasketCatalogue Load(DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var file = data.Read<BasketFile>(FileName);
        var catalogue = new BasketCatalogue(file.BasePeriod, file.Elementary, file.Composite, file.MinimumFiledBills);
        var resources = data.Read<ResourceCatalogueFile>("resources.json").Resources;
        var problems = catalogue.Problems(resources.Select(r => r.Category).ToHashSet(StringComparer.Ordinal), resources);
        return problems.IsEmpty ? catalogue : throw new InvalidDataException($"{FileName} 有误：{string.Join(" ", problems)}");
    }

    private sealed record BasketFile(YearMonth BasePeriod, ImmutableArray<ElementaryBasket> Elementary, ImmutableArray<CompositeBasket> Composite, int MinimumFiledBills = 3);
}
