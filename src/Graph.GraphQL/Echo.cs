namespace CareerGraph.GraphQL;

/// <summary>
/// Client input quoted back in an error message is cut to a short prefix: an error must say what was wrong, not
/// return a 900 KB title (or fill a log) with it.
/// </summary>
public static class Echo
{
    public const int MaxLength = 120;

    public static string Cut(string? text, int maxLength = MaxLength)
    {
        if (text is null) return "";
        if (text.Length <= maxLength) return text;
        var cut = maxLength;
        if (char.IsHighSurrogate(text[cut - 1])) cut--; // never leave half of a surrogate pair
        return text[..cut] + $"… ({text.Length} characters)";
    }
}
