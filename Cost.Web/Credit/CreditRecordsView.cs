using Cost.Domain.Credit;
using Cost.Silos.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// What the record list of a credit file (a firm's or an engineer's page) shows and offers: the file as the viewer may see
/// it, the bureau's actions (notify, decide, decide a repair) or the holder's side (statement; for firms also appeal and
/// repair), where its attachments are and the periods of a record's life.
/// </summary>
public sealed record CreditRecordsView(
    CreditFile File, DateOnly Today, bool IsBureau, bool IsHolderSide, bool AllowsAppealAndRepair, CreditRuleCatalogue Rules, string FileBase,
    CreditProcessOptions Periods);
