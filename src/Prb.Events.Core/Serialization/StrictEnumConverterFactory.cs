using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prb.Events;

/// <summary>
/// Reads and writes enum values as their kebab-case names (<c>coffee-break</c>) and reads nothing else. The converter
/// of System.Text.Json also takes other casings, spaces around the name and comma-separated lists — it reads
/// <c>"conference,workshop"</c> as a workshop — which a strict reader must refuse.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

#pragma warning disable CA1812 // Instantiated by CreateConverter.
    private sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
#pragma warning restore CA1812
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> ByName = CreateByName();
        private static readonly Dictionary<TEnum, string> NameOf = ByName.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.First().Key);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"The value must be a string, one of {Names()}.");
            }

            var text = reader.GetString()!;
            return ByName.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"'{text}' is not one of {Names()}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(NameOf.TryGetValue(value, out var name)
                ? name
                : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value."));
        }

        private static Dictionary<string, TEnum> CreateByName()
        {
            var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var name in Enum.GetNames<TEnum>())
            {
                byName.TryAdd(JsonNamingPolicy.KebabCaseLower.ConvertName(name), Enum.Parse<TEnum>(name));
            }

            return byName;
        }

        private static string Names() => string.Join(", ", ByName.Keys.Select(k => $"\"{k}\""));
    }
}
