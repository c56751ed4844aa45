namespace Cost.Contracts;

/// <summary>
/// The kinds of refusal a grain can name so a program can tell them apart: the last segment of the
/// problem type URI the web answers with (docs/problems.md). A refusal without one is a plain conflict.
/// </summary>
public static class ProblemSlugs
{
    public const string AlreadyOpened = "already-opened";
    public const string AlreadyAwarded = "already-awarded";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string AwardWithoutOpening = "award-without-opening";
    public const string AwardWinnerNotBid = "award-winner-not-a-valid-bid";
    public const string AwardAboveCeiling = "award-above-ceiling";
    public const string OpeningAfterAward = "opening-after-award";
    public const string NotSubmitted = "not-submitted";
    public const string CloseFirst = "close-first";
    public const string SignatoryNotRegistered = "signatory-not-registered";
}
