using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>Takes a credit record through its life over the API, as the bureau and the firm's consultant do.</summary>
internal static class CreditLife
{
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The bureau proposes a record; its number.</summary>
    public static async Task<int> ProposeAsync(HttpClient bureau, string code, string ruleCode, string note, string? occurredOn = null)
    {
        var added = await bureau.PostAsJsonAsync($"/api/firms/{code}/records", new { ruleCode, occurredOn = occurredOn ?? Today, note, evidence = "稽查 7 号" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var json = await added.JsonAsync();
        Assert.Equal("proposed", json.GetProperty("status").GetString());
        return json.GetProperty("recordId").GetInt32();
    }

    /// <summary>The firm's statement: text and files (name, bytes).</summary>
    public static Task<HttpResponseMessage> StateAsync(HttpClient consultant, string code, int id, string text, params (string Name, byte[] Content)[] files) =>
        consultant.PostAsync($"/api/firms/{code}/records/{id}/statement", Form("text", text, files));

    public static Task<HttpResponseMessage> ApplyForRepairAsync(HttpClient consultant, string code, int id, string evidence, params (string Name, byte[] Content)[] files) =>
        consultant.PostAsync($"/api/firms/{code}/records/{id}/repair", Form("evidence", evidence, files));

    /// <summary>Notified, stated by the firm and confirmed by the bureau: the record as decided (publicised, in force when the publicity ends).</summary>
    public static async Task<JsonElement> DecideAsync(HttpClient bureau, HttpClient consultant, string code, int id)
    {
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/firms/{code}/records/{id}/notice", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StateAsync(consultant, code, id, "对记录事实无异议。")).StatusCode);
        var decided = await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/decision", new { decision = "confirm", reason = "事实清楚，证据确凿" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        return await decided.JsonAsync();
    }

    private static MultipartFormDataContent Form(string field, string text, (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), field } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return form;
    }
}
