namespace CareerGraph.Api.Graph;

/// <summary>The graph could not be loaded at startup; the message is the one line the operator sees.</summary>
public sealed class GraphLoadException(string message) : Exception(message);
