using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Tests.Web;

[Collection(WebSuite.Name)]
public sealed class IndexCalculatorApiTests(CostWebFactory factory)
{
    private const string Url = "/api/indices/calculate";

    private static object Request(object[]? observations = null, string[]? formulas = null, bool chained = false, string basePeriod = "2024-01",
        string? missingPrices = null, int? window = null, string? splice = null) => new
        {
            basePeriod,
            formulas = formulas ?? ["laspeyres", "jevons"],
            chained,
            observations = observations ??
            [
                new { period = "2024-01", item = "rebar", price = 4000.0, quantity = 10.0 },
                new { period = "2024-01", item = "cement", price = 400.0, quantity = 100.0 },
                new { period = "2024-02", item = "rebar", price = 4400.0, quantity = 12.0 },
                new { period = "2024-02", item = "cement", price = 400.0, quantity = 90.0 },
                new { period = "2024-03", item = "rebar", price = 4200.0, quantity = 11.0 },
            ],
            missingPrices,
            window,
            splice,
        };

    private async Task<HttpResponseMessage> PostAsync(object request) => await (await factory.BureauAsync()).PostAsJsonAsync(Url, request);

    private static async Task<List<(string Field, string Message)>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. (await response.JsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!))];
    }

    [Fact]
    public async Task The_answer_has_one_series_per_formula_with_every_period_based_at_100()
    {
        var response = await PostAsync(Request());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = (await response.JsonAsync()).GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["laspeyres", "jevons"], series.Select(s => s.GetProperty("formula").GetString()));
        Assert.All(series, s => Assert.False(s.GetProperty("chained").GetBoolean()));
        var laspeyres = series[0].GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["2024-01", "2024-02", "2024-03"], laspeyres.Select(v => v.GetProperty("period").GetString()));
        Assert.Equal(100, laspeyres[0].GetProperty("value").GetDouble());
        // (4400·10 + 400·100) / (4000·10 + 400·100) = 84000 / 80000, not rounded.
        Assert.Equal(105, laspeyres[1].GetProperty("value").GetDouble(), 12);
        Assert.Equal(105, series[0].GetProperty("values")[2].GetProperty("value").GetDouble(), 12);
        Assert.Equal(100 * Math.Sqrt(1.1), series[1].GetProperty("values")[1].GetProperty("value").GetDouble(), 12);
        Assert.False(laspeyres[1].TryGetProperty("note", out _));
    }

    [Fact]
    public async Task Chained_GEKS_and_carry_requests_answer_200()
    {
        var response = await PostAsync(Request(formulas: ["fisher", "geks-tornqvist"], chained: true, missingPrices: "carry", window: 2, splice: "mean"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = (await response.JsonAsync()).GetProperty("series").EnumerateArray().ToList();
        Assert.True(series[0].GetProperty("chained").GetBoolean());
        Assert.Equal("geks-tornqvist", series[1].GetProperty("formula").GetString());
        Assert.False(series[1].GetProperty("chained").GetBoolean());
        Assert.Equal(3, series[1].GetProperty("values").GetArrayLength());
    }

    [Fact]
    public async Task An_undefined_value_is_null_with_a_note()
    {
        var response = await PostAsync(Request(formulas: ["jevons"], observations:
        [
            new { period = "2024-01", item = "a", price = 1.0, quantity = 1.0 },
            new { period = "2024-02", item = "b", price = 2.0, quantity = 1.0 },
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var value = (await response.JsonAsync()).GetProperty("series")[0].GetProperty("values")[1];
        Assert.Equal(JsonValueKind.Null, value.GetProperty("value").ValueKind);
        Assert.Contains("没有两期都有价格的项目", value.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Each_bad_input_is_400_naming_its_problem()
    {
        var errors = await ErrorsAsync(await PostAsync(Request(formulas: ["laspeyres", "lowe"], basePeriod: "2023-12", observations:
        [
            new { period = "2024-01", item = "a", price = 1.0, quantity = 1.0 },
            new { period = "2024-01", item = "a", price = 2.0, quantity = 1.0 },
            new { period = "2024-02", item = "a", price = -1.0, quantity = -1.0 },
            new { period = "24-03", item = "a", price = 0.0, quantity = 1.0 },
        ], missingPrices: "zero", window: 1, splice: "median")));

        var fields = errors.Select(e => e.Field).ToList();
        Assert.Contains("formulas[1]", fields);
        Assert.Contains("missingPrices", fields);
        Assert.Contains("splice", fields);
        Assert.Contains("window", fields);
        Assert.Contains("observations[2].price", fields);
        Assert.Contains("observations[2].quantity", fields);
        Assert.Contains("observations[3].period", fields);
        Assert.Contains("observations[3].price", fields);
    }

    [Fact]
    public async Task A_duplicate_a_missing_base_period_and_a_bad_window_are_400_naming_each()
    {
        var errors = await ErrorsAsync(await PostAsync(Request(formulas: ["geks-fisher"], basePeriod: "2023-12", window: 5, observations:
        [
            new { period = "2024-01", item = "a", price = 1.0, quantity = 1.0 },
            new { period = "2024-01", item = "a", price = 2.0, quantity = 1.0 },
            new { period = "2024-02", item = "a", price = 2.0, quantity = 1.0 },
        ])));

        Assert.Contains(errors, e => e.Field == "observations[1]" && e.Message.Contains("observations[0]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "basePeriod" && e.Message.Contains("2023-12", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "window" && e.Message.Contains("2 期", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Store", "sqlite")] // 45 MB of JSON and no store: once is enough
    public async Task More_than_600000_observations_are_400()
    {
        var rows = Enumerable.Range(0, 600_001).Select(k => (object)new { period = "2024-01", item = "i" + k, price = 1.0, quantity = 1.0 }).ToArray();

        var errors = await ErrorsAsync(await PostAsync(Request(observations: rows)));

        Assert.Contains(errors, e => e.Field == "observations" && e.Message.Contains("600,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_value_of_the_wrong_json_type_is_named_by_its_field_and_nothing_is_computed()
    {
        var errors = await ErrorsAsync(await PostAsync(Request(observations:
        [
            new { period = "2024-01", item = "a", price = (object)"4,000.00", quantity = 1.0 },
            new { period = (object)202402, item = "a", price = (object)4000.0, quantity = 1.0 },
        ])));

        Assert.Contains(errors, e => e.Field == "observations[0].price" && e.Message.Contains("数字", StringComparison.Ordinal)
            && e.Message.Contains("4,000.00", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "observations[1].period" && e.Message.Contains("文本", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Numbers_as_excel_writes_them_and_a_cut_off_body_are_read_as_such()
    {
        var bureau = await factory.BureauAsync();
        // 17 significant digits and an exponent, as a spreadsheet's export writes them.
        const string body = """
            {"basePeriod":"2024-01","formulas":["dutot"],"chained":false,"observations":[
             {"period":"2024-01","item":"rebar","price":4012.4999999999995,"quantity":1.2E+2},
             {"period":"2024-02","item":"rebar","price":4413.7500000000009,"quantity":120}]}
            """;
        using var ok = await bureau.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(100 * 4413.7500000000009 / 4012.4999999999995,
            (await ok.JsonAsync()).GetProperty("series")[0].GetProperty("values")[1].GetProperty("value").GetDouble(), 12);

        using var cut = await bureau.PostAsync(Url, new StringContent(body[..^20], System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.EndsWith("/malformed-body", (await cut.JsonAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
        using var text = await bureau.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_are_401_and_consultants_403()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync(Url, Request())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ConsultantAsync()).PostAsJsonAsync(Url, Request())).StatusCode);
    }
}
