namespace CareerGraph.Loader.Output;

using Microsoft.Extensions.Logging;

/// <summary>
/// Warnings and errors of the libraries (the Neo4j client's retries, an open circuit) as one line each on stderr,
/// so a long wait for an unreachable server is visible. The client never puts credentials in its messages.
/// </summary>
public sealed class LineLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(writer);

    public void Dispose() { }

    private sealed class LineLogger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = string.Join(' ', formatter(state, exception).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            lock (writer) writer.WriteLine($"{(logLevel >= LogLevel.Error ? "neo4j error" : "neo4j")}: {message}");
        }
    }
}
