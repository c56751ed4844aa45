using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>
/// The platform's side of push notices: a local HTTP endpoint that checks each notice's signature
/// by docs/exchange-api.md (written from the contract, not the server's code), records it and
/// answers 200 — or 503, once, to the first notice that <see cref="FailNextWhere"/> matches.
/// </summary>
public sealed class NoticeListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _secret;
    private int _disposed;

    public NoticeListener(string secret)
    {
        _secret = secret;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/notices/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>The next notice whose body this matches is answered 503, then the test is cleared.</summary>
    public Func<string, bool>? FailNextWhere { get; set; }

    /// <summary>Every notice received, with whether its signature checked out.</summary>
    public ConcurrentQueue<(JsonElement Notice, bool Verified, int Answered)> Received { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var verified = Verify(context.Request, body);
            var fail = FailNextWhere;
            var status = !verified ? 401 : fail is not null && fail(Encoding.UTF8.GetString(body)) ? 503 : 200;
            if (status == 503)
            {
                FailNextWhere = null;
            }

            Received.Enqueue((JsonDocument.Parse(body).RootElement.Clone(), verified, status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private bool Verify(HttpListenerRequest request, byte[] body)
    {
        var canonical = $"POST\n{request.RawUrl}\n{request.Headers["X-Timestamp"]}\n{request.Headers["X-Nonce"]}\n{Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant()}";
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), Encoding.UTF8.GetBytes(canonical)));
        return request.Headers["X-Client-Id"] == "hook" && request.Headers["X-Signature"] == expected;
    }

    public void Dispose()
    {
        // The factory may dispose twice (Dispose and DisposeAsync).
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _listener.Close();
        }
    }
}
