using System.Text.Json;
using Cost.Silos.ReadModels;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cost.Web.Exchange;

/// <summary>
/// The signed ceiling-price read's answers, serialized once per state of the tender. Each answer is kept with the
/// tender's row version it was read under; a request reads only that version (one primary-key row) and the answer is
/// served as stored while it still matches. Any change of the tender — a filing, a status, a revision, its registration —
/// raises the version in the store in the change's own transaction, so a changed tender is read again on its next
/// request, whichever process changed it: no answer outlives its state, in one process or across web fronts.
/// </summary>
public sealed class CeilingPriceAnswers(TenderQueries queries, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IDisposable
{
    /// <summary>Bytes of serialized answers kept at most; the least recently read go first.</summary>
    public const long CacheBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = CacheBytes });

    /// <summary>The tender's current filed ceiling price as the JSON the endpoint answers; null when none is filed.</summary>
    public async Task<byte[]?> GetAsync(string tenderCode, CancellationToken cancellationToken)
    {
        if (await queries.RowVersionAsync(tenderCode, cancellationToken) is not { } rowVersion)
        {
            return null;
        }

        if (_answers.TryGetValue(tenderCode, out Answer? known) && known!.RowVersion == rowVersion)
        {
            return known.Json;
        }

        // Read after the version: a change in between makes the answer newer than its version, never older, and the
        // next request (seeing the new version) reads it again.
        var filed = await queries.LatestFiledAsync(tenderCode, cancellationToken);
        var answer = new Answer(rowVersion, filed is null ? null
            : JsonSerializer.SerializeToUtf8Bytes(ExchangeApi.ExchangeCeilingPrice.From(filed), json.Value.SerializerOptions));
        _answers.Set(tenderCode, answer, new MemoryCacheEntryOptions { Size = tenderCode.Length + (answer.Json?.Length ?? 0) + 64 });
        return answer.Json;
    }

    public void Dispose() => _answers.Dispose();

    private sealed record Answer(long RowVersion, byte[]? Json);
}
