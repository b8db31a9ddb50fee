using System.Text.Json;

namespace Prb.Events.Ical.Internal;

/// <summary>The CATEGORIES tokens of event and agenda item kinds: the kebab-case names of the JSON document format,
/// such as <c>conference</c> and <c>coffee-break</c>.</summary>
internal static class KindTokens
{
    private static readonly string[] EventTokens = MakeTokens<EventKind>();
    private static readonly string[] ItemTokens = MakeTokens<AgendaItemKind>();

    internal static string Of(EventKind kind) => EventTokens[(int)kind];

    internal static string Of(AgendaItemKind kind) => ItemTokens[(int)kind];

    internal static bool TryParseEventKind(string token, out EventKind kind) => TryParse(EventTokens, token, out kind);

    internal static bool TryParseItemKind(string token, out AgendaItemKind kind) => TryParse(ItemTokens, token, out kind);

    private static bool TryParse<TEnum>(string[] tokens, string token, out TEnum kind)
        where TEnum : struct, Enum
    {
        var index = Array.IndexOf(tokens, token);
        kind = index >= 0 ? (TEnum)Enum.ToObject(typeof(TEnum), index) : default;
        return index >= 0;
    }

    private static string[] MakeTokens<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var tokens = new string[values.Length];
        foreach (var value in values)
        {
            tokens[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
        }

        return tokens;
    }
}
