namespace Cost.Domain.Projects;

/// <summary>Either the changed project or the reason, in Chinese, why the change was refused.</summary>
public sealed record LifecycleResult(TenderProject? Project, string? Refusal)
{
    public static LifecycleResult Done(TenderProject project) => new(project, null);

    public static LifecycleResult Refused(string reason) => new(null, reason);
}
