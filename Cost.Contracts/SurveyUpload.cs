using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Contracts;

/// <summary>A survey file's accepted observations, with the file's name, SHA-256, uploader and the number of rows rejected at upload.</summary>
[GenerateSerializer, Immutable, Alias("Cost.SurveyUpload")]
public sealed record SurveyUpload(
    [property: Id(0)] string FileName,
    [property: Id(1)] string FileSha256,
    [property: Id(2)] string UploadedBy,
    [property: Id(3)] DateTimeOffset UploadedAt,
    [property: Id(4)] ImmutableArray<PriceObservation> Accepted,
    [property: Id(5)] int Rejected);
