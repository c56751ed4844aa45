using System.Collections.Immutable;

namespace Cost.Domain.Projects;

/// <summary>
/// Either the changed project and what happened to it (<see cref="Events"/>, empty when a repeated
/// change left it as it was), or the reason, in Chinese, why the change was refused.
/// </summary>
public sealed record LifecycleResult(TenderProject? Project, string? Refusal, ImmutableArray<ProjectEvent> Events)
{
    public static LifecycleResult Done(TenderProject project, ProjectEvent happened) => new(project, null, [happened]);

    public static LifecycleResult Unchanged(TenderProject project) => new(project, null, []);

    public static LifecycleResult Refused(string reason) => new(null, reason, []);
}
