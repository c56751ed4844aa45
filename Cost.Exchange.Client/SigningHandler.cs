namespace Cost.Exchange.Client;

/// <summary>
/// Signs every request it sends with the client's id and secret (the four X- headers of the scheme), so that any
/// <see cref="HttpClient"/> built on it speaks to /exchange/v1: <c>new HttpClient(new SigningHandler(id, secret) { InnerHandler = new SocketsHttpHandler() })</c>.
/// </summary>
public sealed class SigningHandler(string clientId, string secret, TimeProvider? clock = null) : DelegatingHandler
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        ExchangeSignature.Apply(request, clientId, secret, body, _clock.GetUtcNow());
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
