using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Prb.Events;

/// <summary>
/// The tokens that stand for enum values in every format and URL: the value's name in lower-case kebab case, such as
/// <c>coffee-break</c> for <see cref="AgendaItemKind.CoffeeBreak"/> and <c>kujawsko-pomorskie</c> for
/// <see cref="Voivodeship.KujawskoPomorskie"/>. The JSON document, the iCalendar CATEGORIES and the query parameters of
/// the endpoints all use them.
/// </summary>
/// <remarks>Reading is strict: only a token exactly as written here is accepted — no other casing, no white space, no
/// number and no comma-separated list of names.</remarks>
public static class EnumTokens
{
    /// <summary>Gets the token of a value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined value.</param>
    /// <returns>The token, such as <c>coffee-break</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value of
    /// <typeparamref name="TEnum"/>.</exception>
    public static string ToToken<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        TryGetToken(value, out var token)
            ? token
            : throw new ArgumentOutOfRangeException(nameof(value), value, NotDefined(value));

    /// <summary>Reads a token back into its value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="token">The candidate token.</param>
    /// <param name="value">The value when the token is one of <typeparamref name="TEnum"/>'s; otherwise the default.</param>
    /// <returns>True when <paramref name="token"/> is exactly the token of a value.</returns>
    public static bool TryParse<TEnum>([NotNullWhen(true)] string? token, out TEnum value)
        where TEnum : struct, Enum
    {
        if (token is not null && Table<TEnum>.ByToken.TryGetValue(token, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Gets the tokens of every value of an enum type, in the order of the values.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The tokens.</returns>
    public static IReadOnlyList<string> GetTokens<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Tokens;

    /// <summary>Gets the token of a value, or false when the value is not defined.</summary>
    internal static bool TryGetToken<TEnum>(TEnum value, [NotNullWhen(true)] out string? token)
        where TEnum : struct, Enum => Table<TEnum>.ByValue.TryGetValue(value, out token);

    /// <summary>The message for a value that is not defined.</summary>
    internal static string NotDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum => $"{value} is not a defined {typeof(TEnum).Name} value.";

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly Dictionary<string, TEnum> ByToken = CreateByToken();

        internal static readonly Dictionary<TEnum, string> ByValue = CreateByValue();

        internal static readonly ReadOnlyCollection<string> Tokens = Enum.GetNames<TEnum>()
            .Select(JsonNamingPolicy.KebabCaseLower.ConvertName).Distinct(StringComparer.Ordinal).ToList().AsReadOnly();

        private static Dictionary<string, TEnum> CreateByToken()
        {
            // Enum.GetNames lists names in the order of their values; a second name for one value reads as that value.
            var byToken = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var name in Enum.GetNames<TEnum>())
            {
                byToken.TryAdd(JsonNamingPolicy.KebabCaseLower.ConvertName(name), Enum.Parse<TEnum>(name));
            }

            return byToken;
        }

        private static Dictionary<TEnum, string> CreateByValue()
        {
            var byValue = new Dictionary<TEnum, string>();
            foreach (var name in Enum.GetNames<TEnum>())
            {
                byValue.TryAdd(Enum.Parse<TEnum>(name), JsonNamingPolicy.KebabCaseLower.ConvertName(name));
            }

            return byValue;
        }
    }
}
