namespace Prb.Events;

/// <summary>
/// The rule every typed id keeps (<see cref="EventId"/>, <see cref="AgendaItemId"/>, <see cref="PersonId"/> and the
/// others): 1 to 128 characters from the unreserved set of RFC 3986 — A–Z, a–z, 0–9, '-', '_', '.' and '~' — so that
/// an id can stand in a URL path, a file name and an iCalendar UID without escaping.
/// </summary>
public static class IdText
{
    /// <summary>The greatest number of characters in an id.</summary>
    public const int MaxLength = 128;

    /// <summary>What an id is made of, for messages.</summary>
    internal const string Characters = "1 to 128 characters from A–Z, a–z, 0–9, '-', '_', '.' and '~'";

    /// <summary>Determines whether text is an id.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>True when the text has 1 to <see cref="MaxLength"/> characters and each is allowed.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsValidCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Determines whether a character may stand in an id: an RFC 3986 unreserved character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for A–Z, a–z, 0–9, '-', '_', '.' and '~'.</returns>
    public static bool IsValidCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';

    /// <summary>Returns the value when it is an id, and throws an exception naming the parameter when not.</summary>
    internal static string Check(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a valid id: use {Characters}.", paramName);
        }

        return value;
    }
}
