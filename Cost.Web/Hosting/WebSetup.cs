using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Cost.Contracts;
using Cost.Domain.Pricing;
using Cost.Silos.Hosting;
using Scalar.AspNetCore;
using Cost.Web.Audit;
using Cost.Web.Auth;
using Cost.Web.Calendar;
using Cost.Web.Complaints;
using Cost.Web.Credit;
using Cost.Web.Exchange;
using Cost.Web.Indicators;
using Cost.Web.Indices;
using Cost.Web.Jobs;
using Cost.Web.Prices;
using Cost.Web.Projects;
using Cost.Web.RuleSets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Cost.Web.Hosting;

/// <summary>Everything Cost.Web registers: the co-hosted silo, the store, accounts, the APIs and the pages.</summary>
public static class WebSetup
{
    private const string SmartScheme = "cookie-or-bearer";

    public static WebApplicationBuilder AddCostWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddCostCore(configuration);
        if (SiloSetup.IsClientOnly(configuration))
        {
            builder.Host.UseOrleansClient(client => client.ConfigureCostClient(configuration));
        }
        else
        {
            builder.Host.UseOrleans(silo => silo.ConfigureCostSilo(configuration));
        }

        services.AddSingleton<ConfigurationLog>();
        services.AddSingleton<ConfigurationAudit>();
        services.AddSingleton<StoreSetup>();
        services.AddHostedService<StoreInitializer>();
        services.AddCostScheduler(CostDatabase.FromConfiguration(configuration));
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // A value that does not bind throws in every environment, so the handler above names it (not a bare 400).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");

        services.Configure<UploadOptions>(configuration.GetSection("Uploads"));
        services.AddOptions<PricingOptions>().Bind(configuration.GetSection("Pricing"))
            .Validate<RuleSetCatalogue>((o, catalogue) => o.DefaultRuleSet is null || catalogue.Find(o.DefaultRuleSet) is not null,
                "Pricing:DefaultRuleSet 不是 data/rule-sets/ 中的规则集代码。")
            .Validate(o => TaxMethodCodes.TryParse(o.DefaultTaxMethod, out _), "Pricing:DefaultTaxMethod 须为 general 或 simple。")
            .ValidateOnStart();
        services.AddExchange(configuration);
        services.AddCostRequestLimits(configuration);
        services.AddSingleton<TenderOperations>();
        services.AddSingleton<ComplaintOperations>();
        services.AddSingleton<CreditOperations>();
        services.AddSingleton<EngineerCreditOperations>();
        services.AddSingleton<EngineerRegister>();
        services.AddSingleton<RegisterPage>();
        services.AddCostJob<CreditNightlyJob>(CreditNightlyJob.Name, "诚信夜间作业：记录到期、重新计算企业诚信得分和等级",
            "Jobs:CreditNightly:Cron", "0 30 1 * * ?");
        services.AddSingleton<PriceOperations>();
        services.AddSingleton<PublishedIndices>();
        services.AddSingleton<PriceAdjustmentOperations>();
        services.AddSingleton<InformationAdjustmentOperations>();
        services.AddSingleton<IndicatorOperations>();
        services.AddSingleton<UnitRateReview>();
        services.AddSingleton<MaterialPriceReview>();
        services.AddCostJob<ClosePricePeriodsJob>(ClosePricePeriodsJob.Name, "每月截止价格采集并计算信息价草稿（不自动发布）", "Prices:CloseCron", "0 0 2 25 * ?");
        services.AddSingleton<AccountService>();
        services.AddSingleton<TokenIssuer>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new YearMonthJsonConverter());
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        // Problems written by the framework (status code pages, exception handlers) get the generic kind of their status too.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails.Type?.StartsWith(Problems.BaseUri, StringComparison.Ordinal) != true)
            {
                var kind = Problems.ForStatus(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode);
                (c.ProblemDetails.Type, c.ProblemDetails.Title) = (kind.Type, kind.Title);
            }

            c.ProblemDetails.Detail ??= Problems.FrameworkDetail(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode);
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CostSystem 工程造价管理与招投标数据系统 API";
            document.Info.Description = "咨询企业、造价站和公众使用的 JSON API（/api），以及交易平台使用的 HMAC 签名数据交换 API（/exchange/v1）。";
            return Task.CompletedTask;
        }).AddDocumentTransformer<OpenApiSecurity>().AddOperationTransformer<OpenApiSecurity>()
            .AddDocumentTransformer<OpenApiNaming>().AddOperationTransformer<OpenApiNaming>());
        services.AddRazorPages();
        // Pages write Chinese as characters, not as &#x…; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        AddAuthentication(services, builder.Configuration);
        builder.AddCostSecurity();
        return builder;
    }

    private static void AddAuthentication(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = "cost.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // A session lasts while it is used (sliding), and never longer than Auth:SessionHours (8) after the log-in.
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = SessionLimit.Of(configuration);
                o.Events.OnSigningIn = c =>
                {
                    SessionLimit.Stamp(c.Principal, c.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
                    return Task.CompletedTask;
                };
                // The JSON API answers 401/403, never a redirect to the log-in page.
                o.Events.OnRedirectToLogin = c => ApiStatusOr(c.HttpContext, StatusCodes.Status401Unauthorized, () => c.Response.Redirect(c.RedirectUri));
                o.Events.OnRedirectToAccessDenied = c => ApiStatusOr(c.HttpContext, StatusCodes.Status403Forbidden, () => c.Response.Redirect(c.RedirectUri));
                // Every request: a cookie whose account logged out, changed its password or lost its temporary one since is refused.
                o.Events.OnValidatePrincipal = async c =>
                {
                    var services = c.HttpContext.RequestServices;
                    if (c.Principal is { } principal && CurrentUser.From(principal) is { } user
                        && (SessionLimit.HasEnded(principal, SessionLimit.Of(configuration), services.GetRequiredService<TimeProvider>())
                            || !await services.GetRequiredService<AccountService>().IsCurrentAsync(user, c.HttpContext.RequestAborted)))
                    {
                        c.RejectPrincipal();
                        await c.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            })
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKey>((o, key) =>
        {
            o.MapInboundClaims = false;
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = async c =>
                {
                    if (c.Principal is { } principal && CurrentUser.From(principal) is { } user
                        && !await c.HttpContext.RequestServices.GetRequiredService<AccountService>().IsCurrentAsync(user, c.HttpContext.RequestAborted))
                    {
                        c.Fail("会话已结束（已退出登录或已修改密码），请重新获取令牌。");
                    }
                },
            };
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer,
                ValidAudience = TokenIssuer.Issuer,
                IssuerSigningKey = key.Key,
                NameClaimType = System.Security.Claims.ClaimTypes.Name,
                RoleClaimType = System.Security.Claims.ClaimTypes.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        services.AddAuthorizationBuilder().AddCostPolicies();
    }

    private static Task ApiStatusOr(HttpContext http, int status, Action redirect)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                // RFC 6750 §3: a 401 names the scheme the caller should use.
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"sign in at POST /api/auth/token and send Authorization: Bearer <token>\"";
            }
        }
        else
        {
            redirect();
        }

        return Task.CompletedTask;
    }

    /// <summary>True for the addresses people open in a browser; false for the APIs, documents and probes.</summary>
    private static bool IsPage(PathString path) =>
        !(path.StartsWithSegments("/api") || path.StartsWithSegments("/exchange") || path.StartsWithSegments("/openapi")
            || path.StartsWithSegments("/health"));

    public static WebApplication UseCostWeb(this WebApplication app)
    {
        app.UseCostSecurity();

        // Pages answer errors with a page of the site; the JSON API and the exchange with problem+json.
        app.UseWhen(http => IsPage(http.Request.Path), pages =>
        {
            pages.UseExceptionHandler("/status/500");
            pages.UseStatusCodePagesWithReExecute("/status/{0}");
        });
        app.UseWhen(http => !IsPage(http.Request.Path), machines =>
        {
            machines.UseExceptionHandler();
            machines.UseStatusCodePages();
        });
        // A NUL character is no text any page or API takes (and PostgreSQL refuses it in a parameter): 400 before anything reads it.
        app.Use((http, next) =>
        {
            if (http.Request.Query.Any(q => q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(http);
        });
        // Files are pages' own (styles, scripts, fonts); the APIs never look for one.
        app.UseWhen(http => IsPage(http.Request.Path), pages => pages.UseStaticFiles());

        // Routing after the error pages, so that re-executing /status/{code} finds its page.
        app.UseRouting();
        app.UseCostBodyLimits();
        app.UseAuthentication();
        app.UseExchange();
        app.UseRateLimiter();
        app.UseMiddleware<TemporaryPasswordGate>();
        app.UseAuthorization();
        app.UseMiddleware<CookieApiAntiforgery>();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        // The browsable reference at /api-docs/ asks for its document relative to itself.
        app.MapOpenApi("/api-docs/openapi/{documentName}.json");
        // Its fonts from this site too: the Content-Security-Policy allows nothing from a CDN.
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("CostSystem API").DisableDefaultFonts().HideDeveloperTools());
        app.MapAuthApi();
        app.MapAccountApi();
        app.MapAccountsApi();
        app.MapProjectsApi();
        app.MapCreditApi();
        app.MapRestrictionsApi();
        app.MapCalendarApi();
        app.MapEngineerCreditApi();
        app.MapPricesApi();
        app.MapIndicesApi();
        app.MapIndicatorsApi();
        app.MapExchangeApi();
        Cost.Web.Indices.CalculatorApi.MapIndexCalculatorApi(app);
        app.MapComplaintsApi();
        app.MapAuditApi();
        app.MapRuleSetsApi();
        app.MapRazorPages();
        return app;
    }
}
