namespace Cost.Silos.Hosting;

/// <summary>
/// The filing settings of an installation (configuration section Filing). <paramref name="RequireEngineers"/>: a submission
/// must name both its 编制人 and 复核人 (false where workbooks without a 扉页 are still accepted; the receipt then says 未填写).
/// </summary>
public sealed record FilingOptions(bool RequireEngineers);
