namespace Cost.Domain.Credit;

/// <summary>
/// Where a record came from: entered by the bureau with its evidence, or raised automatically by an
/// event of this system (an upheld complaint, a refused filing, a good review), linked to that event.
/// <see cref="EventId"/> is unique per firm file: the same event never creates two records.
/// </summary>
public sealed record CreditSource(string? Evidence, string? EventId, string? LinkText, string? LinkUrl)
{
    public bool IsAutomatic => EventId is not null;

    public static CreditSource Bureau(string? evidence) => new(evidence, null, null, null);

    public static CreditSource Event(string eventId, string? linkText, string? linkUrl) => new(null, eventId, linkText, linkUrl);
}
