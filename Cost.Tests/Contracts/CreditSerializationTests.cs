using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Tests.Domain.Credit;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Cost.Tests.Contracts;

/// <summary>The Firm grain's messages survive Orleans serialization whole, history and dates included.</summary>
public class CreditSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddCostSerialization().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_credit_event_and_an_entry_round_trip()
    {
        var e = new CreditEvent("complaint:XA-2026-0001:1", "B01", new DateOnly(2026, 3, 1), "投诉复核", "/projects/XA-2026-0001", "偏差 4.2%");
        var entry = new CreditEntry("G01", new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 10), "文号", "说明", "bureau");

        Assert.Equal(e, Serializer.Deserialize<CreditEvent>(Serializer.SerializeToArray(e)));
        Assert.Equal(entry, Serializer.Deserialize<CreditEntry>(Serializer.SerializeToArray(entry)));
    }

    [Fact]
    public void A_firm_credit_result_with_an_appealed_and_revoked_record_round_trips()
    {
        var at = CreditBuilder.At;
        var file = CreditFile.Empty("91350100M000100Y43")
            .Import(CreditBuilder.Rule(CreditKind.Bad, 12.5m, 24), new DateOnly(2026, 3, 1), null, "说明",
                CreditSource.Event("e-1", "链接", "/projects/X"), at, "system").File!
            .Appeal(1, "理由", at.AddDays(1), "consultant").File!
            .DecideAppeal(1, revoke: true, "撤销理由", at.AddDays(2), "bureau").File!;
        var result = GrainResult.Done(new FirmCredit(file, file.StandingOn(new DateOnly(2026, 3, 20), GradeScale.Default), file.Records[0]));

        var copy = Serializer.Deserialize<GrainResult<FirmCredit>>(Serializer.SerializeToArray(result))!.Value!;

        Assert.Equal(result.Value!.Standing, copy.Standing);
        var (expected, actual) = (result.Value.Record!, copy.Record!);
        Assert.Equal(expected with { History = [] }, actual with { History = [] });
        Assert.True(expected.History.SequenceEqual(actual.History));
        Assert.Equal(CreditRecordStatus.Revoked, copy.File.Records[0].Status);
        Assert.Equal(expected.RevokedOn, actual.RevokedOn);
    }
}
