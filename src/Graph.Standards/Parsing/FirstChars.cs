namespace CareerGraph.Standards.Parsing;

/// <summary>
/// The characters a pattern of the label catalogue can match first, read from its regular-expression source, so that
/// a line is tried only against the patterns that can start with its first key character. The reading knows literal
/// letters, <c>\d</c>, simple bracket sets, groups with alternatives, lookarounds and quantifiers; anything else (a
/// wildcard, a negated set, an option) makes the pattern "may start with anything", which only costs speed, so a row
/// added to the catalogue in any form still matches.
/// </summary>
public static class FirstChars
{
    /// <summary>The possible first characters, or null when any character may come first (or the pattern may match nothing).</summary>
    public static HashSet<char>? Of(string source)
    {
        var set = new HashSet<char>();
        var whole = "(?:" + source + ")";
        var pos = 0;
        return Group(whole, ref pos, set, out var nullable) && !nullable && pos == whole.Length ? set : null;
    }

    /// <summary>
    /// Reads a sequence up to <c>|</c>, <c>)</c> or the end, adding to <paramref name="set"/> the first characters of its
    /// non-empty matches; <paramref name="nullable"/> when it can match without consuming. False when it cannot tell.
    /// </summary>
    private static bool Sequence(string s, ref int pos, HashSet<char> set, out bool nullable)
    {
        nullable = true;
        var open = true; // still collecting: everything before could be empty
        while (pos < s.Length && s[pos] is not '|' and not ')')
        {
            if (!open) return SkipRest(s, ref pos);
            var atom = new HashSet<char>();
            bool atomNullable;
            var c = s[pos];
            if (c == '(')
            {
                if (!Group(s, ref pos, atom, out atomNullable)) return false;
            }
            else if (c == '[')
            {
                var end = s.IndexOf(']', pos + 1);
                if (end < 0 || s[pos + 1] == '^') return false;
                var body = s[(pos + 1)..end];
                if (body.Contains('\\') || body.Contains('-')) return false;
                foreach (var ch in body) atom.Add(ch);
                atomNullable = false;
                pos = end + 1;
            }
            else if (c == '\\')
            {
                if (pos + 1 >= s.Length) return false;
                var e = s[pos + 1];
                if (e == 'd') for (var d = '0'; d <= '9'; d++) atom.Add(d);
                else if (!char.IsLetterOrDigit(e)) atom.Add(e);
                else return false;
                atomNullable = false;
                pos += 2;
            }
            else if (c == '$')
            {
                // The end of the key: nothing follows, so this branch adds no first character and stops here.
                pos++;
                if (open) nullable = false;
                open = false;
                continue;
            }
            else if (c is '.' or '^' or '*' or '+' or '?' or '{') return false;
            else
            {
                atom.Add(c);
                atomNullable = false;
                pos++;
            }
            if (!Quantifier(s, ref pos, ref atomNullable)) return false;
            if (open)
            {
                set.UnionWith(atom);
                if (!atomNullable) { open = false; nullable = false; }
            }
        }
        return true;
    }

    /// <summary>Steps over the rest of a sequence once its first characters are known.</summary>
    private static bool SkipRest(string s, ref int pos)
    {
        var depth = 0;
        for (; pos < s.Length; pos++)
        {
            switch (s[pos])
            {
                case '\\': pos++; break;
                case '[':
                    var end = s.IndexOf(']', pos + 2);
                    if (end < 0) return false;
                    pos = end;
                    break;
                case '(': depth++; break;
                case ')' when depth == 0: return true;
                case ')': depth--; break;
                case '|' when depth == 0: return true;
            }
        }
        return depth == 0;
    }

    /// <summary>A group: <c>(?:…)</c>, <c>(?&lt;name&gt;…)</c> or plain; lookarounds match nothing and are skipped (they only narrow).</summary>
    private static bool Group(string s, ref int pos, HashSet<char> set, out bool nullable)
    {
        nullable = false;
        pos++;
        var lookaround = false;
        if (pos < s.Length && s[pos] == '?')
        {
            if (pos + 1 >= s.Length) return false;
            var k = s[pos + 1];
            if (k == ':') pos += 2;
            else if (k is '=' or '!') { lookaround = true; pos += 2; }
            else if (k == '<' && pos + 2 < s.Length && char.IsLetter(s[pos + 2]))
            {
                var close = s.IndexOf('>', pos);
                if (close < 0) return false;
                pos = close + 1;
            }
            else return false;
        }
        var inner = new HashSet<char>();
        var anyNullable = false;
        while (true)
        {
            if (!Sequence(s, ref pos, inner, out var altNullable)) return false;
            anyNullable |= altNullable;
            if (pos >= s.Length) return false;
            if (s[pos] == ')') { pos++; break; }
            pos++; // '|'
        }
        if (lookaround) { nullable = true; return true; }
        set.UnionWith(inner);
        nullable = anyNullable;
        return true;
    }

    private static bool Quantifier(string s, ref int pos, ref bool nullable)
    {
        if (pos >= s.Length) return true;
        switch (s[pos])
        {
            case '?' or '*':
                nullable = true;
                pos++;
                break;
            case '+':
                pos++;
                break;
            case '{':
                var close = s.IndexOf('}', pos);
                if (close < 0) return false;
                var min = s[(pos + 1)..close].Split(',')[0];
                if (!int.TryParse(min, out var m)) return false;
                if (m == 0) nullable = true;
                pos = close + 1;
                break;
            default:
                return true;
        }
        if (pos < s.Length && s[pos] == '?') pos++; // lazy
        return true;
    }
}
