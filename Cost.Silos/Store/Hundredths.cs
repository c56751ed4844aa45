namespace Cost.Silos.Store;

/// <summary>Points and scores as integer hundredths, so the database can sort and compare them exactly.</summary>
public static class Hundredths
{
    public static long Write(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);

    public static decimal Read(long value) => value / 100m;
}
