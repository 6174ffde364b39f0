namespace CareerGraph.Api.Configuration;

/// <summary>A problem found before the host exists is still one console log line, in the host's format.</summary>
public static class StartupLog
{
    public static int Fail(string problem)
    {
        using (var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)))
            loggers.CreateLogger("CareerGraph.Startup").LogCritical("Cannot start: {Reason}", problem);
        return 1;
    }
}
