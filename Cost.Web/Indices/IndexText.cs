using System.Globalization;

namespace Cost.Web.Indices;

/// <summary>How pages write indices: 2 decimals as published, "—" where there is no value; points signed.</summary>
public static class IndexText
{
    public static string Value(double? value) => value is { } v ? PublishedIndices.Published(v).ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Points(double? value) => value is { } v ? (v > 0 ? "+" : "") + Math.Round(v, 2).ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Percent(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
