using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;

namespace Cost.Web.Indicators;

/// <summary>The unit-rate reasonableness check run on every BoQ upload: the uploaded bill against the filed unit rates of other tenders.</summary>
public sealed class UnitRateReview(IndicatorOperations indicators, UnitRateCheckOptions options)
{
    public async Task<ImmutableArray<BoqFinding>> ReviewAsync(string tenderCode, Boq boq, CancellationToken cancellationToken = default) =>
        UnitRateCheck.Check(boq, await indicators.FiledRatesAsync(tenderCode, boq, cancellationToken), options);
}
