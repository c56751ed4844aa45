using System.Diagnostics;
using Cost.Tests.Importers.Prices;

namespace Cost.Tests.Web;

/// <summary>
/// The API document passes a real linter: Redocly CLI's recommended rules (security on every operation, operation
/// ids, 4xx answers, server addresses…) with 0 errors. ./test.sh installs the pinned @redocly/cli into .tools/redocly;
/// COST_REDOCLY may point at another installation.
/// </summary>
[Trait("Store", "sqlite")] // the API document does not depend on the store
[Collection(WebSuite.Name)]
public sealed class OpenApiLintTests(CostWebFactory factory)
{
    public const string RedoclyVersion = "2.77.0";

    [Fact]
    public async Task The_api_document_has_no_error_under_redoclys_recommended_rules()
    {
        var redocly = Environment.GetEnvironmentVariable("COST_REDOCLY")
            ?? Path.Combine(RepoData.Root, ".tools", "redocly", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"找不到 Redocly CLI（{redocly}）：运行 ./test.sh，它会安装 @redocly/cli@{RedoclyVersion} 到 .tools/redocly。");
        var document = Path.Combine(Path.GetTempPath(), $"cost-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            var start = new ProcessStartInfo(redocly, ["lint", document, "--format=summary"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.Environment["NO_COLOR"] = "1";
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var lint = Process.Start(start)!;
            var output = lint.StandardOutput.ReadToEndAsync();
            var errors = lint.StandardError.ReadToEndAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await lint.WaitForExitAsync(patience.Token);
            var said = await output + await errors;

            Assert.True(lint.ExitCode == 0, said);
            Assert.DoesNotContain("error ", said, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
