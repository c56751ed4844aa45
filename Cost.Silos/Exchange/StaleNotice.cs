using Cost.Domain.Materials;

namespace Cost.Silos.Exchange;

/// <summary>
/// The data of a ceiling-price.stale push notice: the tender and version, the region and the months
/// compared, the threshold (a fraction), the estimated change of the material cost (yuan, tax-exclusive) and
/// its share of the ceiling price in percent, and each material that moved beyond the threshold.
/// </summary>
public sealed record StaleNotice(
    string TenderCode,
    int Version,
    string Region,
    string BaseMonth,
    string Month,
    decimal Threshold,
    decimal EstimatedChange,
    decimal EstimatedChangePercent,
    IReadOnlyList<StaleMaterial> Materials)
{
    public static StaleNotice Of(string tenderCode, int version, StaleAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        return new(tenderCode, version, alarm.Region, alarm.BaseMonth.ToString(), alarm.Month.ToString(), alarm.Threshold,
            alarm.EstimatedChange, alarm.EstimatedPercent, alarm.Materials);
    }
}
