namespace Cost.Silos.Store;

/// <summary>The lower-case names enums are stored under, as StoreJson writes them.</summary>
public static class StoreNames
{
    public static string Of<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
