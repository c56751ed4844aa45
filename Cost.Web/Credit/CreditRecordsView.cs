using Cost.Domain.Credit;

namespace Cost.Web.Credit;

/// <summary>
/// What the record list of a credit file (a firm's or an engineer's page) shows and offers: the file as the viewer may see
/// it, the bureau's actions (notify, decide, decide a repair) or the holder's side (statement; for firms also appeal and
/// repair), and where its attachments are.
/// </summary>
public sealed record CreditRecordsView(
    CreditFile File, DateOnly Today, bool IsBureau, bool IsHolderSide, bool AllowsAppealAndRepair, CreditRuleCatalogue Rules, string FileBase,
    int NoticeWorkingDays, int PublicityDays);
