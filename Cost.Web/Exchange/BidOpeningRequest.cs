using System.Collections.Immutable;

namespace Cost.Web.Exchange;

/// <summary>
/// The body of POST /exchange/v1/tenders/{tenderCode}/bid-openings, as the platform sends it. The handler
/// reads the raw bytes itself (the Idempotency-Key covers their SHA-256), so this record describes the body for the API document.
/// </summary>
public sealed record BidOpeningRequest(DateTimeOffset OpenedAt, ImmutableArray<BidRequest> Bids);
