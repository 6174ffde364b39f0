namespace CareerGraph.Careers.Paths;

/// <summary>
/// A lexicographic, additive path cost: compare <see cref="Primary"/>, then <see cref="Secondary"/>, then
/// <see cref="Tertiary"/>. Every component is non-negative per edge, so Dijkstra and A* stay exact.
/// </summary>
internal readonly record struct PathCost(double Primary, double Secondary, double Tertiary) : IComparable<PathCost>
{
    public static readonly PathCost Zero = new(0, 0, 0);
    public static readonly PathCost Infinite = new(double.PositiveInfinity, 0, 0);

    public static PathCost operator +(PathCost a, PathCost b) =>
        new(a.Primary + b.Primary, a.Secondary + b.Secondary, a.Tertiary + b.Tertiary);

    public int CompareTo(PathCost other)
    {
        var c = Primary.CompareTo(other.Primary);
        if (c != 0) return c;
        c = Secondary.CompareTo(other.Secondary);
        return c != 0 ? c : Tertiary.CompareTo(other.Tertiary);
    }

    public bool IsInfinite => double.IsPositiveInfinity(Primary);

    public static bool operator <(PathCost a, PathCost b) => a.CompareTo(b) < 0;
    public static bool operator >(PathCost a, PathCost b) => a.CompareTo(b) > 0;
}
