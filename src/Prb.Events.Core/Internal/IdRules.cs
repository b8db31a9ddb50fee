namespace Prb.Events.Internal;

/// <summary>The rules shared by every typed id: 1–128 URL-safe characters.</summary>
internal static class IdRules
{
    internal const int MaxLength = 128;

    internal static string Check(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid id: use 1 to {MaxLength} characters from A–Z, a–z, 0–9, '-', '_', '.' and '~'.",
                paramName);
        }

        return value;
    }

    internal static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsUnreserved(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsUnreserved(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';
}
