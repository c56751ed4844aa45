namespace Cost.Contracts;

/// <summary>
/// One region's price month (key: <see cref="GrainKeys.PricePeriod"/>): collects surveys, closes
/// (pricing every series in one pass), takes the bureau's overrides and publishes revisions. One call at a time: uploads never race a close.
/// </summary>
[Alias("Cost.IPricePeriodGrain")]
public interface IPricePeriodGrain : IGrainWithStringKey
{
    [Alias("Describe")]
    [Idempotent]
    Task<PeriodSummary> Describe();

    /// <summary>Stores a survey's accepted rows; refused once the period is closed.</summary>
    [Alias("AddSurvey")]
    [Idempotent]
    Task<GrainResult<PeriodChange>> AddSurvey(SurveyUpload upload);

    [Alias("Close")]
    Task<GrainResult<PeriodChange>> Close();

    [Alias("Override")]
    Task<GrainResult<PeriodChange>> Override(SeriesOverride request);

    /// <summary>Closes first if still collecting; publishing with nothing changed is a no-op.</summary>
    [Alias("Publish")]
    [Idempotent]
    Task<GrainResult<PeriodChange>> Publish(string publishedBy);
}
