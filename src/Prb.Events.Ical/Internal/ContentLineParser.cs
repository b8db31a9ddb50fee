namespace Prb.Events.Ical.Internal;

/// <summary>
/// Parses logical lines into <see cref="ContentLine"/>s: the name and parameters (quoting and RFC 6868) are read at
/// once, the value is left as a range of the input. Names, parameter names and short parameter values come from a pool
/// of the import, so ten thousand <c>TZID=Europe/Warsaw</c> are one string.
/// </summary>
/// <remarks>Not thread-safe: one parser per import.</remarks>
internal sealed class ContentLineParser
{
    /// <summary>The longest text kept in the pool; longer parameter values are copied each time.</summary>
    private const int MaxPooledLength = 64;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<KeyValuePair<string, string>> _parameters = [];
    private readonly Dictionary<(string Name, string Value), KeyValuePair<string, string>[]> _singles = [];

    internal ContentLineParser()
    {
        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses the logical line <c>source[start..end]</c>; returns null and the reason when it is not a content line.</summary>
    internal ContentLine? Parse(int lineNumber, string source, int start, int end, bool folded, out string? error)
    {
        if (folded && !HeaderBeforeFirstFold(source.AsSpan(start, end - start)))
        {
            // A fold inside the name or the parameters (rare): the line is unfolded once and read from the copy.
            var copy = ContentLineReader.Unfolded(source.AsSpan(start, end - start));
            return Parse(lineNumber, copy, 0, copy.Length, false, out error);
        }

        error = null;
        var text = source.AsSpan(0, end);
        var i = start;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        if (i == start)
        {
            error = "a content line starts with a name such as DTSTART";
            return null;
        }

        var name = Upper(text[start..i]);
        _parameters.Clear();
        while (i < end && text[i] == ';')
        {
            i++;
            var nameStart = i;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == nameStart || i >= end || text[i] != '=')
            {
                error = "a parameter must have the form NAME=value";
                return null;
            }

            var parameterName = Upper(text[nameStart..i]);
            do
            {
                i++;
                ReadOnlySpan<char> value;
                if (i < end && text[i] == '"')
                {
                    var close = text[(i + 1)..end].IndexOf('"');
                    if (close < 0)
                    {
                        error = $"the quoted value of parameter {parameterName} is not closed";
                        return null;
                    }

                    value = text.Slice(i + 1, close);
                    i += close + 2;
                }
                else
                {
                    var valueStart = i;
                    while (i < end && text[i] is not (';' or ':' or ','))
                    {
                        if (text[i] == '"')
                        {
                            error = $"the value of parameter {parameterName} has a quote in it without being quoted";
                            return null;
                        }

                        i++;
                    }

                    value = text[valueStart..i];
                }

                _parameters.Add(new KeyValuePair<string, string>(parameterName, value.Contains('^') ? ContentLineReader.DecodeParameter(value) : Pooled(value)));
            }
            while (i < end && text[i] == ',');
        }

        if (i >= end || text[i] != ':')
        {
            error = "a colon must separate the name and parameters from the value";
            return null;
        }

        var parameters = _parameters.Count switch
        {
            0 => [],
            1 => Single(_parameters[0]),
            _ => _parameters.ToArray(),
        };
        return new ContentLine(lineNumber, name, parameters, source, start, i + 1, end, folded);
    }

    /// <summary>Gets a one-parameter array, shared by every line with that parameter (a line never changes its array).</summary>
    private KeyValuePair<string, string>[] Single(KeyValuePair<string, string> parameter)
    {
        var key = (parameter.Key, parameter.Value);
        if (_singles.TryGetValue(key, out var shared))
        {
            return shared;
        }

        shared = [parameter];
        if (_singles.Count < 1024)
        {
            _singles.Add(key, shared);
        }

        return shared;
    }

    /// <summary>Whether the colon that ends the name and parameters comes before the first line break of a folded line.</summary>
    private static bool HeaderBeforeFirstFold(ReadOnlySpan<char> line)
    {
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '\r' or '\n':
                    return false;
                case '"':
                    quoted = !quoted;
                    break;
                case ':' when !quoted:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Returns a name upper-cased, from the pool when it is short.</summary>
    internal string Upper(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxPooledLength)
        {
            return name.ToString().ToUpperInvariant();
        }

        Span<char> upper = stackalloc char[name.Length];
        name.ToUpperInvariant(upper);
        return Pooled(upper);
    }

    private string Pooled(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxPooledLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        pooled = text.ToString();
        _pool.Add(pooled, pooled);
        return pooled;
    }
}
