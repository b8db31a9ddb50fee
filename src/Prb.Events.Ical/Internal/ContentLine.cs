namespace Prb.Events.Ical.Internal;

/// <summary>One unfolded content line of an input: its name, parameters (RFC 6868-decoded) and raw value.</summary>
/// <param name="LineNumber">The 1-based number of the physical line it starts on.</param>
/// <param name="Name">The name, upper-cased.</param>
/// <param name="Parameters">The parameters in order, with upper-cased names and decoded values.</param>
/// <param name="Value">The value as written (not unescaped).</param>
/// <param name="Text">The whole unfolded line as written.</param>
internal sealed record ContentLine(int LineNumber, string Name, IReadOnlyList<KeyValuePair<string, string>> Parameters, string Value, string Text)
{
    /// <summary>Returns the first value of a parameter, or null.</summary>
    internal string? Parameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Key == name)
            {
                return parameter.Value;
            }
        }

        return null;
    }
}
