using System.Text.Json;
using System.Text.Json.Serialization;
using Cost.Domain;

namespace Cost.Contracts;

/// <summary>Writes a <see cref="YearMonth"/> as "yyyy-MM", the way the contracts and the store write periods.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("月份应为 yyyy-MM。");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
