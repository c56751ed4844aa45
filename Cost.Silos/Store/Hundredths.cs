namespace Cost.Silos.Store;

/// <summary>
/// The one conversion of amounts (yuan), points and scores to the store: integer hundredths, rounded
/// half away from zero, never truncated, so that the database sorts and compares them exactly and a
/// stored total reads back as the total that was priced.
/// </summary>
public static class Hundredths
{
    public static long Write(decimal value) => checked((long)Math.Round(value * 100m, MidpointRounding.AwayFromZero));

    public static decimal Read(long value) => value / 100m;
}
