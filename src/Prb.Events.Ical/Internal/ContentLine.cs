namespace Prb.Events.Ical.Internal;

/// <summary>
/// One unfolded content line of an input: its name, parameters (RFC 6868-decoded) and raw value. The value stays a
/// range of the input text until something asks for it, so a property the importer never uses costs no string.
/// </summary>
internal sealed class ContentLine
{
    private readonly string _source;
    private readonly int _lineStart;
    private readonly int _valueStart;
    private readonly int _end;
    private readonly int _lineNumberAndFold;
    private readonly KeyValuePair<string, string>[] _parameters;

    /// <summary>Initializes a line over a range of <paramref name="source"/>.</summary>
    /// <param name="lineNumber">The 1-based number of the physical line it starts on.</param>
    /// <param name="name">The name, upper-cased.</param>
    /// <param name="parameters">The parameters in order, with upper-cased names and decoded values.</param>
    /// <param name="source">The text the line is a range of.</param>
    /// <param name="lineStart">Where the line starts in <paramref name="source"/>.</param>
    /// <param name="valueStart">Where its value starts (after the colon).</param>
    /// <param name="end">Where the line ends.</param>
    /// <param name="folded">Whether the range holds folds (a line break and a space or tab) to be taken out.</param>
    internal ContentLine(int lineNumber, string name, KeyValuePair<string, string>[] parameters, string source, int lineStart, int valueStart, int end, bool folded)
    {
        // The line number and whether the line is folded share one field: a ContentLine is made for every line read.
        _lineNumberAndFold = (lineNumber << 1) | (folded ? 1 : 0);
        Name = name;
        _parameters = parameters;
        _source = source;
        _lineStart = lineStart;
        _valueStart = valueStart;
        _end = end;
    }

    /// <summary>Gets the 1-based number of the physical line it starts on.</summary>
    internal int LineNumber => _lineNumberAndFold >> 1;

    /// <summary>Gets the name, upper-cased.</summary>
    internal string Name { get; }

    /// <summary>Gets the parameters in order, with upper-cased names and decoded values.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Gets whether the line's range in the input holds folds.</summary>
    internal bool IsFolded => (_lineNumberAndFold & 1) != 0;

    /// <summary>Gets the value as written (unfolded, not unescaped).</summary>
    /// <remarks>Made on each call (lines are many, and most values are never asked for as a string).</remarks>
    internal string Value => IsFolded ? ContentLineReader.Unfolded(RawValue) : RawValue.ToString();

    /// <summary>Gets the value as written, without making a string when it is not folded.</summary>
    internal ReadOnlySpan<char> ValueSpan => IsFolded ? Value : RawValue;

    /// <summary>Gets the value's range of the input as it is there, folds included.</summary>
    internal ReadOnlySpan<char> RawValue => _source.AsSpan(_valueStart, _end - _valueStart);

    /// <summary>Gets the whole unfolded line as written.</summary>
    internal string Text => IsFolded ? ContentLineReader.Unfolded(RawText) : RawText.ToString();

    /// <summary>Gets the whole line's range of the input, folds included.</summary>
    internal ReadOnlySpan<char> RawText => _source.AsSpan(_lineStart, _end - _lineStart);

    /// <summary>Gets the text the line is a range of.</summary>
    internal string Source => _source;

    /// <summary>Gets where the line ends in <see cref="Source"/>.</summary>
    internal int EndIndex => _end;

    /// <summary>Returns the first value of a parameter, or null.</summary>
    internal string? Parameter(string name)
    {
        foreach (var parameter in _parameters)
        {
            if (parameter.Key == name)
            {
                return parameter.Value;
            }
        }

        return null;
    }
}
