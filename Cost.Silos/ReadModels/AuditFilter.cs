namespace Cost.Silos.ReadModels;

/// <summary>What the bureau narrows the audit log to: an action code, a subject (its start: a tender code, a region/month…), a person, a day (bureau time). Null means any.</summary>
public sealed record AuditFilter(string? Action = null, string? Subject = null, string? Actor = null, DateOnly? Day = null)
{
    public static readonly AuditFilter None = new();
}
