namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Text;

/// <summary>
/// Headings inside a links table that print a direction instead of a level column (internal affairs 2019, ru L363
/// «Уровень выше», L516 «Уровень ниже»; kk L366 «Деңгейі жоғары», L519 «Деңгейі төмен»). One row per spelling.
/// </summary>
public static class LinkDirections
{
    private static readonly (string Key, LinkDirection Direction)[] Headings =
    [
        (TextNorm.Key("Уровень выше"), LinkDirection.Up),
        (TextNorm.Key("Уровень ниже"), LinkDirection.Down),
        (TextNorm.Key("Деңгейі жоғары"), LinkDirection.Up),
        (TextNorm.Key("Деңгейі төмен"), LinkDirection.Down),
    ];

    /// <summary>The direction a line is the heading of, «:» or «.» aside, or null.</summary>
    public static LinkDirection? Of(string text)
    {
        var key = TextNorm.Key(text).TrimEnd(':', '.');
        foreach (var (k, direction) in Headings)
            if (k == key) return direction;
        return null;
    }
}
