using System.Collections.Immutable;

namespace Cost.Silos.Hosting;

/// <summary>The code lists of data/ that forms and uploads are checked against: regions and project types.</summary>
public sealed record ReferenceData(ImmutableArray<CodeName> Regions, ImmutableArray<CodeName> ProjectTypes)
{
    public static ReferenceData Load(DataFolder data) => new(
        data.Read<RegionFile>("regions.json").Regions,
        data.Read<ProjectTypeFile>("project-types.json").ProjectTypes);

    public string? RegionName(string code) => Regions.FirstOrDefault(r => r.Code == code)?.Name;

    public string? ProjectTypeName(string code) => ProjectTypes.FirstOrDefault(r => r.Code == code)?.Name;

    private sealed record RegionFile(ImmutableArray<CodeName> Regions);

    private sealed record ProjectTypeFile(ImmutableArray<CodeName> ProjectTypes);
}

/// <summary>A code and its Chinese name.</summary>
public sealed record CodeName(string Code, string Name);
