namespace Cost.Contracts;

/// <summary>The camelCase names enums are stored under, as <see cref="StoreJson"/> writes them; the APIs answer with the same names.</summary>
public static class StoreNames
{
    public static string Of<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
