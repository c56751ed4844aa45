namespace Cost.Silos.ReadModels;

/// <summary>A notice waiting for (or given) a client's 2xx: the event, where it goes and how it has fared.</summary>
public sealed record PendingDelivery(
    long EventSeq, string Kind, string PayloadJson, DateTimeOffset OccurredAt, string ClientId, string PushUrl,
    int Attempts, DateTimeOffset NextAttemptAt, int? LastStatus, string? LastError, DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt);
