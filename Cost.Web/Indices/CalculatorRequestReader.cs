using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cost.Domain.Indices;
using Cost.Web.Hosting;

namespace Cost.Web.Indices;

/// <summary>
/// Reads the calculator's request (<see cref="IndexCalculationRequest"/>, the contract's JSON) token by token instead of
/// through the serializer's object binding: a full panel is 600,000 observations (≈ 46 MB), and binding allocates two
/// strings and two objects per row. Here each period and item is one shared string, and a value of the wrong JSON type
/// is named by its field (<c>observations[12].price</c>) instead of failing the whole body. The body is held at most
/// once, within the endpoint's request size limit; malformed JSON is a <see cref="BadHttpRequestException"/> like
/// anywhere else in the API.
/// </summary>
public static class CalculatorRequestReader
{
    /// <summary>The request, or the fields whose JSON type is wrong (then nothing is computed).</summary>
    public static async Task<(IndexCalculatorInput? Input, IReadOnlyList<ProblemItem> Problems)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Expected a JSON body.", StatusCodes.Status415UnsupportedMediaType);
        }

        var body = request.BodyReader;
        var read = await body.ReadAsync(cancellationToken);
        while (!read.IsCompleted)
        {
            // Nothing consumed, everything examined: the next read answers the whole body so far.
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await body.ReadAsync(cancellationToken);
        }

        // One contiguous copy: the reader goes several times faster over one span than over the pipe's 4 KB segments.
        var length = checked((int)read.Buffer.Length);
        var copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            read.Buffer.CopyTo(copy);
            body.AdvanceTo(read.Buffer.End);
            return Read(copy.AsSpan(0, length));
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>Reads a whole body; public for the tests that feed it bytes.</summary>
    public static (IndexCalculatorInput? Input, IReadOnlyList<ProblemItem> Problems) Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        // A row is about 80 bytes of JSON: the list is sized once for the rows the body can hold.
        var state = new State { ExpectedRows = (int)Math.Min(IndexCalculatorLimits.Observations, json.Length / 64) };
        Expect(ref reader, JsonTokenType.StartObject, "", state);
        if (state.Problems.Count > 0)
        {
            return (null, state.Problems);
        }

        var (basePeriod, chained, missingPrices, splice) = (default(string), false, default(string), default(string));
        var (formulas, observations, window) = (default(List<string?>), default(List<IndexObservationInput?>), default(int?));
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            Next(ref reader);
            switch (name)
            {
                case "basePeriod": basePeriod = Text(ref reader, name, state); break;
                case "missingPrices": missingPrices = Text(ref reader, name, state); break;
                case "splice": splice = Text(ref reader, name, state); break;
                case "chained": chained = Boolean(ref reader, name, state); break;
                case "window": window = Integer(ref reader, name, state); break;
                case "formulas": formulas = Formulas(ref reader, state); break;
                case "observations": observations = Observations(ref reader, state); break;
                default: reader.Skip(); break;
            }
        }

        return state.Problems.Count > 0
            ? (null, state.Problems)
            : (new IndexCalculatorInput(basePeriod, formulas, chained, observations, missingPrices, window, splice), []);
    }

    private static List<string?>? Formulas(ref Utf8JsonReader reader, State state)
    {
        if (!Expect(ref reader, JsonTokenType.StartArray, "formulas", state))
        {
            return null;
        }

        var formulas = new List<string?>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            formulas.Add(Text(ref reader, $"formulas[{formulas.Count}]", state));
        }

        return formulas;
    }

    private static List<IndexObservationInput?>? Observations(ref Utf8JsonReader reader, State state)
    {
        if (!Expect(ref reader, JsonTokenType.StartArray, "observations", state))
        {
            return null;
        }

        var rows = new List<IndexObservationInput?>(state.ExpectedRows);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (rows.Count == IndexCalculatorLimits.Observations)
            {
                // Rows beyond the limit are counted, not kept.
                var count = rows.Count + SkipRest(ref reader);
                state.Problems.Add(ProblemItem.ForField("observations", string.Create(CultureInfo.InvariantCulture,
                    $"观测数 {count:N0} 超过上限 {IndexCalculatorLimits.Observations:N0}。")));
                return null;
            }

            rows.Add(reader.TokenType == JsonTokenType.Null ? null : Observation(ref reader, rows.Count, state));
        }

        return rows;
    }

    private static IndexObservationInput? Observation(ref Utf8JsonReader reader, int row, State state)
    {
        if (!Expect(ref reader, JsonTokenType.StartObject, $"observations[{row}]", state))
        {
            return null;
        }

        var (period, item, price, quantity) = (default(string), default(string), default(double?), default(double?));
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var property = reader.ValueTextEquals("period"u8) ? 0 : reader.ValueTextEquals("item"u8) ? 1
                : reader.ValueTextEquals("price"u8) ? 2 : reader.ValueTextEquals("quantity"u8) ? 3 : -1;
            Next(ref reader);
            switch (property)
            {
                case 0: period = Shared(ref reader, row, "period", state); break;
                case 1: item = Shared(ref reader, row, "item", state); break;
                case 2: price = Number(ref reader, row, "price", state); break;
                case 3: quantity = Number(ref reader, row, "quantity", state); break;
                default: reader.Skip(); break;
            }
        }

        return new IndexObservationInput(period, item, price, quantity);
    }

    /// <summary>A period or an item: the same text read again is the same string.</summary>
    private static string? Shared(ref Utf8JsonReader reader, int row, string field, State state)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return Wrong(ref reader, $"observations[{row}].{field}", "须为文本", state);
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > 256 || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString();
        }

        var chars = state.Chars.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, state.Chars));
        if (!state.Shared.TryGetValue(chars, out var shared))
        {
            shared = new string(chars);
            state.Strings.Add(shared, shared);
        }

        return shared;
    }

    private static double? Number(ref Utf8JsonReader reader, int row, string field, State state) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDouble(out var value) => value,
        _ => Wrong<double?>(ref reader, $"observations[{row}].{field}", "须为数字", state),
    };

    private static string? Text(ref Utf8JsonReader reader, string field, State state) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => Wrong(ref reader, field, "须为文本", state),
    };

    private static bool Boolean(ref Utf8JsonReader reader, string field, State state) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        _ => Wrong<bool>(ref reader, field, "须为 true 或 false", state),
    };

    private static int? Integer(ref Utf8JsonReader reader, string field, State state) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        _ => Wrong<int?>(ref reader, field, "须为整数", state),
    };

    private static bool Expect(ref Utf8JsonReader reader, JsonTokenType type, string field, State state)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            Next(ref reader);
        }

        if (reader.TokenType == type)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            Wrong<bool>(ref reader, field == "" ? "body" : field, type == JsonTokenType.StartArray ? "须为数组" : "须为对象", state);
        }

        return false;
    }

    private static T? Wrong<T>(ref Utf8JsonReader reader, string field, string expected, State state)
    {
        if (state.Problems.Count < IndexCalculatorLimits.Problems)
        {
            var found = reader.TokenType switch
            {
                JsonTokenType.String => $"文本“{Clip(reader.GetString())}”",
                JsonTokenType.Number => $"数字 {Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)}",
                JsonTokenType.True or JsonTokenType.False => "true/false",
                JsonTokenType.StartArray => "数组",
                JsonTokenType.StartObject => "对象",
                _ => reader.TokenType.ToString(),
            };
            state.Problems.Add(ProblemItem.ForField(field, $"{field} {expected}，收到的是{found}。"));
        }

        reader.Skip();
        return default;
    }

    private static string? Wrong(ref Utf8JsonReader reader, string field, string expected, State state) => Wrong<string>(ref reader, field, expected, state);

    private static string? Clip(string? text) => text is { Length: > 40 } ? string.Concat(text.AsSpan(0, 40), "…") : text;

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The JSON ends before it is complete.");

    /// <summary>Past the rows beyond the limit, still checking that the JSON is well formed; answers how many there were.</summary>
    private static int SkipRest(ref Utf8JsonReader reader)
    {
        var count = 0;
        do
        {
            reader.Skip();
            count++;
        }
        while (Next(ref reader) != JsonTokenType.EndArray);

        return count;
    }

    private sealed class State
    {
        public required int ExpectedRows { get; init; }

        public List<ProblemItem> Problems { get; } = [];

        public Dictionary<string, string> Strings { get; } = new(StringComparer.Ordinal);

        public char[] Chars { get; } = new char[256];

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Shared => Strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
