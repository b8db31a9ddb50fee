using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Prb.Events.Ical.Internal;

/// <summary>The one guard helper of this package: every public entry point checks its arguments through it.</summary>
internal static class Guard
{
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    internal static void Argument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void Range([DoesNotReturnIf(false)] bool condition, string paramName, object? actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }
}
