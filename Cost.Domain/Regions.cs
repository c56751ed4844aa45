namespace Cost.Domain;

/// <summary>The city whose bureau runs the system: its own region code (GB/T 2260), under which the city-wide prices and indices are published.</summary>
public static class Regions
{
    public const string City = "610100";
}
