namespace CareerGraph.Api.Graph;

/// <summary>Where the served graph comes from: files (seeds or a snapshot) or a graph store.</summary>
public interface IGraphSource
{
    /// <summary>Loads the current graph; throws <see cref="GraphLoadException"/> with a one-line reason.</summary>
    Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken);
}
