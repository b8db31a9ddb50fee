using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prb.Events;

/// <summary>
/// Reads and writes enum values as their tokens (<see cref="EnumTokens"/>, <c>coffee-break</c>) and reads nothing else.
/// The converter of System.Text.Json also takes other casings, spaces around the name and comma-separated lists — it
/// reads <c>"conference,workshop"</c> as a workshop — which a strict reader must refuse.
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
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"The value must be a string, one of {Names()}.");
            }

            var text = reader.GetString()!;
            return EnumTokens.TryParse<TEnum>(text, out var value)
                ? value
                : throw new JsonException($"'{text}' is not one of {Names()}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(EnumTokens.TryGetToken(value, out var token)
                ? token
                : throw new JsonException(EnumTokens.NotDefined(value)));
        }

        private static string Names() => string.Join(", ", EnumTokens.GetTokens<TEnum>().Select(k => $"\"{k}\""));
    }
}
