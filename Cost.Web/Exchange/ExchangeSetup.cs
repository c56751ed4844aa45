using Cost.Web.Hosting;

namespace Cost.Web.Exchange;

/// <summary>
/// The exchange's services and middleware: options, the push dispatcher and the request log. Its per-client rate
/// limit is one partition of <see cref="RequestLimits"/>.
/// </summary>
public static class ExchangeSetup
{
    public static IServiceCollection AddExchange(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExchangeOptions>(configuration.GetSection("Exchange"));
        services.AddSingleton<SignatureFilter>();
        services.AddSingleton<CeilingPriceAnswers>();
        services.AddHttpClient(PushDispatcher.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<PushDispatcher>();
        services.AddHostedService(p => p.GetRequiredService<PushDispatcher>());
        return services;
    }

    /// <summary>The request log of /exchange (the rate limit comes after it: a refused call is logged too).</summary>
    public static IApplicationBuilder UseExchange(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/exchange"), branch => branch.UseMiddleware<ExchangeRequestLog>());
}
