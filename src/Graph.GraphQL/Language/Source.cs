namespace CareerGraph.GraphQL.Language;

/// <summary>GraphQL source text plus a name used in error messages.</summary>
public sealed record Source(string Body, string Name = "GraphQL request")
{
    /// <summary>1-based line and column of a character offset; \r\n, \n and \r all end a line (spec §2.1.3).</summary>
    public SourceLocation GetLocation(int position)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < position && i < Body.Length; i++)
        {
            var c = Body[i];
            if (c == '\n') { line++; lineStart = i + 1; }
            else if (c == '\r')
            {
                if (i + 1 < Body.Length && Body[i + 1] == '\n') i++;
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position - lineStart + 1);
    }
}
