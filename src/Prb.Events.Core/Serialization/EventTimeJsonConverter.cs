using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prb.Events;

/// <summary>Reads and writes <see cref="EventTime"/> as an ISO local date-time string with an optional offset.</summary>
internal sealed class EventTimeJsonConverter : JsonConverter<EventTime>
{
    public override EventTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A time must be a string such as \"2011-11-09T10:00:00\".");
        }

        try
        {
            return EventTime.Parse(reader.GetString()!);
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, EventTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
