using System.Threading.RateLimiting;

namespace CareerGraph.Api;

/// <summary>Per-client fixed-window limit ("RateLimiting:PermitsPerMinute", default 600; 0 turns it off).</summary>
public static class RateLimiting
{
    public const string Policy = "per-client";

    public static IServiceCollection AddCareerGraphRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitsPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                // The real time left in the client's window, not a constant.
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsync(
                    "{\"errors\":[{\"message\":\"Too many requests: the limit is " + permits + " per minute per client.\"}]}", ct);
            };
            options.AddPolicy(Policy, http => permits <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
