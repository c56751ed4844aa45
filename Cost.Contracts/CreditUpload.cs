namespace Cost.Contracts;

/// <summary>A file a firm hands in with a statement or a repair application, as received (checked for size and type by the web front).</summary>
[GenerateSerializer, Immutable, Alias("Cost.CreditUpload")]
public sealed record CreditUpload(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
