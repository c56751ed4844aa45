using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bidding;
using Cost.Silos.Exchange;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

// Bid openings and awards from the trading platform (docs/exchange-api.md). The grain handles
// one call at a time, so a repeat of an Idempotency-Key waits here for the first and then finds its
// stored answer; the store's keys refuse a second opening even across processes.
internal sealed partial class TenderProjectGrain
{
    public async Task<GrainResult<string>> OpenBids(BidOpening opening)
    {
        if (await ReplayAsync(opening.Request) is { } replay)
        {
            return replay;
        }

        if (_project?.LatestFiled is not { } filed)
        {
            return GrainResult.NotFound<string>($"招标项目 {this.GetPrimaryKeyString()} 不存在或没有已备案的最高投标限价。");
        }

        if (await exchangeQueries.AwardAsync(_project.Info.TenderCode) is not null)
        {
            return GrainResult.Conflict<string>($"招标项目 {_project.Info.TenderCode} 已登记中标结果，不能再开标。", ProblemSlugs.OpeningAfterAward);
        }

        if (await exchangeQueries.OpeningAsync(_project.Info.TenderCode) is not null)
        {
            return GrainResult.Conflict<string>($"招标项目 {_project.Info.TenderCode} 已开标，一个项目只开标一次。", ProblemSlugs.AlreadyOpened);
        }

        var now = BureauTime.Now(clock);
        var locked = _project.Lock(filed.Number, now);
        if (locked.Project is not { } changed)
        {
            return GrainResult.Conflict<string>(locked.Refusal!);
        }

        // The restrictions in force now, as the bureau keeps them: an edit applies to the next opening without a restart.
        var rules = bidRules with { RestrictedBidders = await restrictions.InForceAsync(now) };
        var evaluated = BidEvaluator.Evaluate(filed.Price.Total, opening.Bids, rules);
        var json = StoreJson.Write(OpeningAnswer.Of(changed.Info.TenderCode, filed.Price.Total, filed.Number, opening.OpenedAt, evaluated));
        var row = new OpeningRow(changed.Info.TenderCode, filed.Number, filed.Price.Total, opening.OpenedAt, opening.Bids.Length, json, now);
        try
        {
            _rowVersion = await exchange.SaveOpeningAsync(locked, _rowVersion, row, opening.Request);
        }
        catch (StoreConflictException e)
        {
            await ReloadAsync(CancellationToken.None);
            return await ReplayAsync(opening.Request) ?? GrainResult.Conflict<string>(e.Message);
        }

        _project = changed;
        return GrainResult.Done(json);
    }

    public async Task<GrainResult<string>> Award(AwardNotice award)
    {
        if (await ReplayAsync(award.Request) is { } replay)
        {
            return replay;
        }

        if (_project?.LatestFiled is not { } filed)
        {
            return GrainResult.NotFound<string>($"招标项目 {this.GetPrimaryKeyString()} 不存在或没有已备案的最高投标限价。");
        }

        var code = _project.Info.TenderCode;
        if (await exchangeQueries.AwardAsync(code) is not null)
        {
            return GrainResult.Conflict<string>($"招标项目 {code} 已有中标结果，不能再次登记。", ProblemSlugs.AlreadyAwarded);
        }

        var opening = await exchangeQueries.OpeningAsync(code) is { } row ? Opened(row) : null;
        if (AwardRules.Refusal(opening, award.WinnerCreditCode, award.Price) is { } refusal)
        {
            return GrainResult.Conflict<string>(AwardRules.Explain(refusal, code, award.WinnerCreditCode, award.Price, opening?.CeilingPrice), refusal switch
            {
                AwardRefusal.WithoutOpening => ProblemSlugs.AwardWithoutOpening,
                AwardRefusal.AboveCeiling => ProblemSlugs.AwardAboveCeiling,
                _ => ProblemSlugs.AwardWinnerNotBid,
            });
        }

        var now = BureauTime.Now(clock);
        var answer = new AwardAnswer(_project.Info.TenderCode, award.WinnerCreditCode, award.WinnerName, award.Price, award.AwardedAt,
            filed.Number, filed.Price.Total, Math.Round(award.Price / filed.Price.Total, 4, MidpointRounding.AwayFromZero), now);
        var json = StoreJson.Write(answer);
        try
        {
            await exchange.SaveAwardAsync(
                new AwardRow(answer.TenderCode, answer.WinnerCreditCode, answer.WinnerName, answer.Price, answer.AwardedAt, filed.Number, now), award.Request, json);
        }
        catch (StoreConflictException e)
        {
            return await ReplayAsync(award.Request) ?? GrainResult.Conflict<string>(e.Message);
        }

        return GrainResult.Done(json);
    }

    /// <summary>The opening as stored: its ceiling price and each bid with the verdict it was given.</summary>
    private static OpenedBids Opened(OpeningRow row) =>
        new(row.CeilingPrice, [.. StoreJson.Read<OpeningAnswer>(row.AnswerJson).Bids
            .Select(b => new EvaluatedBid(new Bid(b.BidderCreditCode, b.BidderName, b.Price), BidVerdicts.Parse(b.Verdict), b.Flags))]);

    /// <summary>The stored answer when the key was used before: the same answer for the same request, 409 for another.</summary>
    private async Task<GrainResult<string>?> ReplayAsync(IdempotentRequest? request)
    {
        if (request is null || await exchange.AnswerAsync(request.ClientId, request.Key) is not { } stored)
        {
            return null;
        }

        return stored.RequestPath == request.RequestPath && stored.BodySha256 == request.BodySha256
            ? GrainResult.Done(stored.ResponseJson)
            : GrainResult.Conflict<string>($"Idempotency-Key“{request.Key}”已用于另一个请求（路径或正文不同）。", ProblemSlugs.IdempotencyKeyReused);
    }
}
