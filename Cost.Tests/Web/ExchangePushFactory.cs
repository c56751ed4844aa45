namespace Cost.Tests.Web;

/// <summary>
/// A second web front (own temporary store) whose configuration has a platform client "hook" with a
/// PushUrl on a <see cref="NoticeListener"/>, a rotated secret, and a client "limited" with a rate
/// limit of 3 requests a minute. The dispatcher's own rounds are an hour apart: tests run rounds
/// themselves with PushDispatcher.DispatchDueAsync.
/// </summary>
public sealed class ExchangePushFactory : CostWebFactory
{
    public const string HookSecret = "hook-secret-2026";

    public ExchangePushFactory()
        : this(new NoticeListener(HookSecret))
    {
    }

    private ExchangePushFactory(NoticeListener listener)
        : base(Directory.CreateTempSubdirectory("cost-push-").FullName, Settings(listener), ownsFolder: true)
    {
        Listener = listener;
    }

    public NoticeListener Listener { get; }

    private static Dictionary<string, string> Settings(NoticeListener listener) => new()
    {
        ["Exchange:PushIntervalSeconds"] = "3600",
        ["Exchange:Clients:hook:Secret"] = HookSecret,
        ["Exchange:Clients:hook:PreviousSecret"] = "hook-secret-2025",
        ["Exchange:Clients:hook:PushUrl"] = new Uri(listener.Url, "?source=cost").ToString(),
        ["Exchange:Clients:limited:Secret"] = "limited-secret",
        ["Exchange:Clients:limited:RateLimit"] = "3",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Listener.Dispose();
        }
    }
}
