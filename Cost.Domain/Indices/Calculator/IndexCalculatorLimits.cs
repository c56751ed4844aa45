namespace Cost.Domain.Indices;

/// <summary>What one request may ask of the server; beyond these the calculator answers 400 and computes nothing.</summary>
public static class IndexCalculatorLimits
{
    /// <summary>Observations per request.</summary>
    public const int Observations = 600_000;

    /// <summary>Items × periods of the dense table (three arrays of doubles: about 48 MB).</summary>
    public const long Cells = 2_000_000;

    /// <summary>Pairs of periods GEKS compares (periods × (window − 1), less the triangle before the first window).</summary>
    public const long GeksPairs = 1_000_000;

    /// <summary>Pairs × items GEKS goes through: about a second of work.</summary>
    public const long GeksWork = 500_000_000;

    /// <summary>Problems listed in one answer; the rest are counted.</summary>
    public const int Problems = 100;

    /// <summary>The number of pairs l &lt; t with t − l &lt; w among n periods.</summary>
    public static long PairCount(int n, int w) => ((long)(w - 1) * n) - ((long)(w - 1) * w / 2);
}
