using System.Text.Json;
using Cost.Web.Audit;
using Cost.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Cost.Tests.Web;

/// <summary>Helpers for the audit tests: the log as the bureau reads it, and the operator's commands on a store file.</summary>
public static class AuditTrail
{
    /// <summary>The latest entries about <paramref name="subject"/>, oldest first.</summary>
    public static async Task<List<JsonElement>> EntriesAsync(CostWebFactory factory, string subject)
    {
        var page = await (await (await factory.BureauAsync()).GetAsync($"/api/audit?take={AuditApi.MaxTake}")).JsonAsync();
        return [.. page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("subject").GetString() == subject).Reverse()];
    }

    public static string Action(JsonElement entry) => entry.GetProperty("action").GetString()!;

    /// <summary>The facts an entry records (its payloadJson, parsed).</summary>
    public static JsonElement Facts(JsonElement entry) => JsonDocument.Parse(entry.GetProperty("payloadJson").GetString()!).RootElement;

    public static async Task<JsonElement> VerifyAsync(CostWebFactory factory) =>
        await (await (await factory.BureauAsync()).GetAsync("/api/audit/verify")).JsonAsync();

    /// <summary>Runs an operator command (audit verify, backup …) on the store file at <paramref name="database"/>.</summary>
    public static Task<(int ExitCode, string Output)> CommandAsync(string database, params string[] args) =>
        CommandAsync(new Dictionary<string, string?> { ["ConnectionStrings:Cost"] = $"Data Source={database}" }, args);

    /// <summary>The store command (<c>dotnet run --project Cost.Web -- …</c>) in this process, with the given configuration.</summary>
    public static async Task<(int ExitCode, string Output)> CommandAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        var exitCode = await StoreCommand.Parse(args)!.RunAsync(configuration, TextReader.Null, output);
        return (exitCode, output.ToString());
    }
}
