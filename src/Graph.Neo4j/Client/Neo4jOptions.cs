using System.Text;
using Microsoft.Extensions.Configuration;

namespace CareerGraph.Neo4j.Client;

/// <summary>
/// Where and how to reach Neo4j. Read from configuration section "Neo4j" (Uri, Database, User, Password, Token)
/// and overridden by the environment variables NEO4J_URI, NEO4J_DATABASE, NEO4J_USER, NEO4J_PASSWORD, NEO4J_TOKEN.
/// </summary>
/// <remarks>
/// The Query API is HTTP, so driver-style URIs are translated (see <see cref="QueryApiEndpoint"/>):
/// neo4j:// and bolt:// become http:// on port 7474 unless another port than Bolt's 7687 is given;
/// neo4j+s://, neo4j+ssc://, bolt+s:// and bolt+ssc:// become https:// on the scheme's default port (443, as on Aura)
/// unless another port than 7687 is given. http:// and https:// are used as they are.
/// The secrets (Password, Token) are left out of <see cref="ToString"/> so the options can be logged.
/// </remarks>
public sealed record Neo4jOptions
{
    public const string SectionName = "Neo4j";

    public required Uri Uri { get; init; }
    public string Database { get; init; } = "neo4j";
    public string? User { get; init; } = "neo4j";
    public string? Password { get; init; }

    /// <summary>SSO bearer token; when set it is used instead of User/Password.</summary>
    public string? Token { get; init; }

    public Neo4jResilienceOptions Resilience { get; init; } = new();

    /// <summary>From the NEO4J_* environment variables alone (for tools without a configuration of their own).</summary>
    public static Neo4jOptions FromEnvironment() =>
        FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>
    /// From <paramref name="configuration"/>: its "Neo4j" section, overridden by NEO4J_* keys (present when the
    /// configuration includes environment variables, as the ASP.NET Core host's does).
    /// </summary>
    public static Neo4jOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        string? Read(string key, string environmentVariable) =>
            NonEmpty(configuration[environmentVariable]) ?? NonEmpty(section[key]);

        var uriText = Read("Uri", "NEO4J_URI")
            ?? throw new InvalidOperationException("Neo4j connection is not configured: set NEO4J_URI (or Neo4j:Uri).");
        if (!System.Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
            throw new InvalidOperationException($"NEO4J_URI is not an absolute URI: '{uriText}'.");

        var resilience = new Neo4jResilienceOptions();
        section.GetSection("Resilience").Bind(resilience);

        return new Neo4jOptions
        {
            Uri = uri,
            Database = Read("Database", "NEO4J_DATABASE") ?? "neo4j",
            User = Read("User", "NEO4J_USER") ?? "neo4j",
            Password = Read("Password", "NEO4J_PASSWORD"),
            Token = Read("Token", "NEO4J_TOKEN"),
            Resilience = resilience,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Uri = {Uri}, Database = {Database}, User = {User}, ");
        builder.Append($"Password = {(Password is null ? "(none)" : "***")}, Token = {(Token is null ? "(none)" : "***")}, ");
        builder.Append($"Resilience = {Resilience}");
        return true;
    }
}

/// <summary>Retry, timeout and circuit-breaker settings; the defaults suit a loader talking to a local server.</summary>
public sealed record Neo4jResilienceOptions
{
    /// <summary>Retries after the first attempt (so MaxRetryAttempts + 1 attempts in all).</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Base of the jittered exponential backoff between attempts.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Limit for one HTTP request (one attempt); a timed-out attempt counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Limit for one call, all its attempts and backoff included (a statement, or a whole explicit transaction): a
    /// server that accepts connections but never answers fails within this, not after every attempt's own timeout
    /// (five attempts of 60 s). Zero or less: no limit beyond the attempts'. Raise it for loads of many standards.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed attempts within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;
    public int CircuitMinimumThroughput { get; set; } = 10;
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
