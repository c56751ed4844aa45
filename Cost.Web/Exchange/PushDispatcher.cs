using System.Globalization;
using System.Text;
using Cost.Contracts;
using Cost.Exchange.Client;
using Cost.Silos.Exchange;
using Cost.Silos.ReadModels;
using Microsoft.Extensions.Options;

namespace Cost.Web.Exchange;

/// <summary>
/// Delivers push notices from the outbox: every round it fans new events out to each client with a
/// PushUrl, then posts each due notice, signed with the client's secret by the scheme of
/// docs/exchange-api.md. A 2xx acknowledges it; anything else is retried after 10 s, 20 s, 40 s …
/// (at most an hour). The outbox lives in the store, so a restart loses nothing.
/// </summary>
public sealed partial class PushDispatcher(
    PushOutbox deliveries, IHttpClientFactory http, IOptionsMonitor<ExchangeOptions> options, TimeProvider clock, ILogger<PushDispatcher> logger)
    : BackgroundService
{
    public const string HttpClientName = "exchange-push";

    /// <summary>One round at <paramref name="now"/>: fan out, then attempt every due notice. Returns the number delivered.</summary>
    public async Task<int> DispatchDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var o = options.CurrentValue;
        var clients = o.Clients.Where(c => c.Value.PushUrl is not null && !string.IsNullOrEmpty(c.Value.Secret))
            .Select(c => (c.Key, c.Value.PushUrl!)).ToList();
        await deliveries.FanOutAsync(clients, now, cancellationToken);

        var delivered = 0;
        foreach (var notice in await deliveries.DueAsync(now, 100, cancellationToken))
        {
            if (!o.Clients.TryGetValue(notice.ClientId, out var client) || string.IsNullOrEmpty(client.Secret))
            {
                continue;
            }

            var (status, error) = await PostAsync(notice, client.Secret, cancellationToken);
            var ok = status is >= 200 and < 300;
            var wait = TimeSpan.FromSeconds(Math.Min(3600, o.PushRetrySeconds * Math.Pow(2, Math.Min(notice.Attempts, 20))));
            await deliveries.RecordAttemptAsync(notice.EventSeq, notice.ClientId, now, status, error, ok, now + wait, cancellationToken);
            if (ok)
            {
                delivered++;
            }
            else
            {
                LogFailed(notice.ClientId, notice.EventSeq, status, error, wait.TotalSeconds);
            }
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be busy or not yet migrated at start; the next round tries again.
                LogRoundFailed(e);
            }

            await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.PushIntervalSeconds)), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<(int? Status, string? Error)> PostAsync(PendingDelivery notice, string secret, CancellationToken cancellationToken)
    {
        var url = new Uri(notice.PushUrl);
        var body = Encoding.UTF8.GetBytes(
            $$"""{"id":{{notice.EventSeq.ToString(CultureInfo.InvariantCulture)}},"kind":"{{notice.Kind}}","occurredAt":"{{Times.Write(notice.OccurredAt)}}","data":{{notice.PayloadJson}}}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        ExchangeSignature.Apply(request, notice.ClientId, secret, body, clock.GetUtcNow());
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : response.ReasonPhrase);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (null, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "推送通知 {Seq} 到 {Client} 未确认（{Status} {Error}），{Seconds} 秒后重试。")]
    private partial void LogFailed(string client, long seq, int? status, string? error, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "推送一轮失败，下一轮重试。")]
    private partial void LogRoundFailed(Exception e);
}
