using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cost.Tests.Web;

/// <summary>Small helpers to call the JSON API as a signed-in user.</summary>
public static class ApiClient
{
    public static Task<HttpClient> SignedInAsync(this WebApplicationFactory<Program> factory, string userName, string password) =>
        factory.CreateClient().SignInAsync(userName, password);

    /// <summary>Logs in through the token API and sends the bearer token on every later request of <paramref name="client"/>.</summary>
    public static async Task<HttpClient> SignInAsync(this HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpClient> BureauAsync(this CostWebFactory factory) => factory.SignedInAsync("bureau", "bureau-demo");

    public static Task<HttpClient> ConsultantAsync(this CostWebFactory factory) => factory.SignedInAsync("consultant", "consultant-demo");

    public static Task<HttpClient> OtherFirmConsultantAsync(this CostWebFactory factory) => factory.SignedInAsync("consultant2", "consultant2-demo");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>
    /// Asserts an RFC 9457 problem of the kind <paramref name="slug"/> (docs/problems.md): its status, its type URI, a fixed
    /// title apart from the occurrence in detail; returns the problem.
    /// </summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status, string slug)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("https://cost.example/problems/" + slug, problem.Text("type"));
        Assert.False(string.IsNullOrEmpty(problem.Text("title")));
        Assert.False(string.IsNullOrEmpty(problem.Text("detail")));
        Assert.NotEqual(problem.Text("title"), problem.Text("detail"));
        return problem;
    }

    /// <summary>The string property <paramref name="name"/>, or null when it is missing or not a string.</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string tenderCode, byte[] workbook, string fileName = "清单.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/projects/{tenderCode}/boq", form);
    }
}
