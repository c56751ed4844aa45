namespace Cost.Web.Auth;

/// <summary>
/// The address failed sign-ins are counted against: the connection's remote address (behind a reverse proxy, as the
/// forwarded-headers settings give it). Null when there is none, as for in-process calls.
/// </summary>
public static class ClientAddress
{
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } address ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : null;
    }
}
