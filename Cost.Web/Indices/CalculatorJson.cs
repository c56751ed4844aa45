using System.Text.Json.Serialization;
using Cost.Domain.Indices;

namespace Cost.Web.Indices;

/// <summary>
/// <c>{ basePeriod, formulas, chained, observations, missingPrices?, window?, splice? }</c> as the contract writes it: the
/// request's schema in the API description. The endpoint reads it with <see cref="CalculatorRequestReader"/>.
/// </summary>
public sealed record IndexCalculationRequest(
    string? BasePeriod,
    IReadOnlyList<string?>? Formulas,
    bool Chained,
    IReadOnlyList<IndexObservationJson?>? Observations,
    string? MissingPrices = null,
    int? Window = null,
    string? Splice = null);

/// <summary><c>{ period, item, price, quantity }</c>.</summary>
public sealed record IndexObservationJson(string? Period, string? Item, double? Price, double? Quantity);

/// <summary><c>200 { series: [...] }</c>.</summary>
public sealed record IndexCalculationResponse(IReadOnlyList<IndexSeriesJson> Series);

/// <summary><c>{ formula, chained, values: [ { period, value } ] }</c>.</summary>
public sealed record IndexSeriesJson(string Formula, bool Chained, IReadOnlyList<IndexValueJson> Values)
{
    public static IndexSeriesJson From(IndexSeries series) =>
        new(series.Formula.Name(), series.Chained, [.. series.Values.Select(v => new IndexValueJson(v.Period.ToString(), v.Value, v.Note))]);
}

/// <summary>
/// <c>{ period, value }</c>, base 100, not rounded. An undefined value is written as <c>"value": null</c>
/// with a Chinese <c>note</c> saying why; defined values carry no note.
/// </summary>
public sealed record IndexValueJson(
    string Period,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value,
    string? Note = null);
