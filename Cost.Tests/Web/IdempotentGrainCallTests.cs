using System.Net;
using System.Net.Http.Json;
using Cost.Contracts;
using Cost.Domain.Projects;
using Cost.Importers.Bills;
using Cost.Samples;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// A grain call that timed out may have done its work; the front retries the calls marked
/// [Idempotent], so the same call arriving twice must store what it stores once.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class IdempotentGrainCallTests(CostWebFactory factory)
{
    [Fact]
    public async Task The_same_upload_sent_twice_is_one_version()
    {
        var consultant = await factory.ConsultantAsync();
        var code = $"T-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "重试测试", region = "610113", projectType = "school", buildingArea = 8000 })).StatusCode);
        var read = BoqWorkbookReader.Read(new MemoryStream(Tenders.Sample), SampleBoq.RuleSet);
        var upload = new BoqUpload(read.Boq!, read.Findings, new BoqSource("清单.xlsx", new string('a', 64), "consultant", DateTimeOffset.UnixEpoch), BasedOn: 0);
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITenderProjectGrain>(code);

        var first = await grain.UploadBoq(upload);
        var again = await grain.UploadBoq(upload);

        Assert.Equal(CommandOutcome.Done, first.Outcome);
        Assert.Equal(CommandOutcome.Done, again.Outcome);
        Assert.Single(again.Value!.Versions);
        Assert.Equal(1, await Tenders.CountAsync(factory, "SELECT count(*) FROM tender_versions WHERE tender_code = @code", new { code }));
    }

    [Fact]
    public async Task A_publication_sent_twice_is_one_revision()
    {
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IPricePeriodGrain>(GrainKeys.PricePeriod("610100", new Cost.Domain.YearMonth(2026, 10)));

        var first = await grain.Publish("bureau");
        var again = await grain.Publish("bureau");

        Assert.Equal(first.Value!.Period.Revision, again.Value!.Period.Revision);
        Assert.Equal(first.Value.Period.Revision, await Tenders.CountAsync(factory, "SELECT count(*) FROM price_revisions WHERE region = '610100' AND period = '2026-10'", new { }));
    }
}
