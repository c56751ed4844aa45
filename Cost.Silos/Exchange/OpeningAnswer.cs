using System.Collections.Immutable;
using Cost.Domain.Bidding;

namespace Cost.Silos.Exchange;

/// <summary>The answer to a bid opening, as docs/exchange-api.md writes it; stored and replayed byte for byte.</summary>
public sealed record OpeningAnswer(
    string TenderCode, decimal CeilingPrice, int CeilingVersion, DateTimeOffset OpenedAt, ImmutableArray<OpenedBid> Bids)
{
    public static OpeningAnswer Of(string tenderCode, decimal ceilingPrice, int ceilingVersion, DateTimeOffset openedAt, IEnumerable<EvaluatedBid> bids) =>
        new(tenderCode, ceilingPrice, ceilingVersion, openedAt,
            [.. bids.Select(b => new OpenedBid(b.Bid.BidderCreditCode, b.Bid.BidderName, b.Bid.Price, BidVerdicts.Code(b.Verdict), b.Flags))]);
}
