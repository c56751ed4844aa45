using System.Collections.Immutable;
using Cost.Domain.Projects;

namespace Cost.Contracts;

/// <summary>A project as callers see it: its facts and every version's price and findings, without the bills.</summary>
[GenerateSerializer, Immutable, Alias("Cost.ProjectView")]
public sealed record ProjectView(
    [property: Id(0)] TenderInfo Info,
    [property: Id(1)] ImmutableArray<VersionView> Versions)
{
    public VersionView? Current => Versions.IsEmpty ? null : Versions[^1];

    public static ProjectView Of(TenderProject project) =>
        new(project.Info, [.. project.Versions.Select(VersionView.Of)]);
}
