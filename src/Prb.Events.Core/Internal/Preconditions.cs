using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Prb.Events.Internal;

/// <summary>The one guard helper every constructor uses to keep its invariants.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange([DoesNotReturnIf(false)] bool condition, string paramName, object? actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(TEnum).Name} value.");
        }
    }

    /// <summary>Copies a sequence into an immutable list, rejecting null elements.</summary>
    internal static IReadOnlyList<T> CheckElements<T>(IEnumerable<T>? values, string paramName)
    {
        if (values is null)
        {
            return Array.Empty<T>();
        }

        var copy = values.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"Element {i} of {paramName} is null.", paramName);
            }
        }

        return copy.Length == 0 ? Array.Empty<T>() : Array.AsReadOnly(copy);
    }

    /// <summary>
    /// Accepts text that keeps <see cref="EventText"/>'s rule, which every output format can carry unchanged. Nothing
    /// is trimmed or replaced: text is kept exactly as given or rejected.
    /// </summary>
    internal static string? CheckOptionalText(string? value, string paramName)
    {
        if (value is not null && EventText.IndexOfInvalid(value) is var index and >= 0)
        {
            throw new ArgumentException(EventText.Describe(value, index), paramName);
        }

        return value;
    }

    internal static string CheckText(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return CheckOptionalText(value, paramName)!;
    }

    internal static Uri? CheckOptionalAbsoluteUri(Uri? value, string paramName) =>
        value is null ? null : CheckAbsoluteUri(value, paramName);

    /// <summary>Accepts a URL that keeps <see cref="WebAddress.IsAbsolute"/>'s rule.</summary>
    internal static Uri CheckAbsoluteUri(Uri value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!WebAddress.IsAbsolute(value))
        {
            throw new ArgumentException($"The URL '{value.OriginalString}' must be absolute.", paramName);
        }

        return value;
    }
}
