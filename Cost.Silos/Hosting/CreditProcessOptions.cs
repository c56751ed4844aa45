using Microsoft.Extensions.Configuration;

namespace Cost.Silos.Hosting;

/// <summary>
/// The periods of a credit record's life (configuration section Credit): <paramref name="NoticeWorkingDays"/> working days
/// for the firm's statement after the notice (5), <paramref name="PublicityDays"/> days of publicity before it is in force (7).
/// </summary>
public sealed record CreditProcessOptions(int NoticeWorkingDays, int PublicityDays)
{
    public static CreditProcessOptions From(IConfiguration configuration)
    {
        var options = new CreditProcessOptions(
            configuration.GetValue("Credit:NoticeWorkingDays", 5),
            configuration.GetValue("Credit:PublicityDays", 7));
        return options is { NoticeWorkingDays: >= 1 and <= 60, PublicityDays: >= 0 and <= 60 }
            ? options
            : throw new InvalidOperationException("Credit:NoticeWorkingDays 须在 1–60 个工作日之间，Credit:PublicityDays 须在 0–60 日之间。");
    }
}
