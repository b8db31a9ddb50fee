using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Prb.Events.Export;

namespace Prb.Events;

/// <summary>
/// Reads and writes events as JSON documents (format <see cref="EventDocumentFormat.CurrentVersion"/>, described by
/// the JSON Schema in <c>docs/schema</c>).
/// </summary>
/// <remarks>
/// <para>Reading is strict: a property the format does not know, a property given twice, a missing required
/// property, a value of the wrong type or a value the model refuses ends in an <see cref="EventDocumentException"/>
/// naming the JSON path and the reason; nothing is dropped silently and no half-built event is returned. Whether the
/// event is sound (times, overlaps, references) is the job of <see cref="EventValidator"/>.</para>
/// <para>Writing is deterministic: the same event gives the same UTF-8 bytes, without a byte order mark, with text
/// other than what JSON must escape written as itself. Static members are safe to call from many threads.</para>
/// </remarks>
public static partial class EventDocumentSerializer
{
    /// <summary>The deepest nesting a document may have.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads an event from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="EventDocumentException">The text is not a valid event document.</exception>
    public static Event Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (FindLoneSurrogate(json) is { } at)
        {
            // System.Text.Json would throw an ArgumentException: text that is not UTF-16 cannot be transcoded to JSON.
            throw new EventDocumentException("$", string.Create(CultureInfo.InvariantCulture,
                $"The text holds a lone surrogate (U+{(int)json[at]:X4} at character {at}), so it is not Unicode text and not JSON."));
        }

        return Convert(() => JsonSerializer.Deserialize<Dto.Document>(json, Options));
    }

    /// <summary>Reads an event from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The event.</returns>
    /// <exception cref="EventDocumentException">The bytes are not a valid event document, or not UTF-8.</exception>
    public static Event Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[3..];
        }

        Dto.Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Dto.Document>(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw FromJsonException(e);
        }

        return Convert(() => document);
    }

    /// <summary>Reads an event from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="EventDocumentException">The stream does not hold a valid event document.</exception>
    public static async Task<Event> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        Dto.Document? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<Dto.Document>(utf8Json, Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw FromJsonException(e);
        }

        return Convert(() => document);
    }

    /// <summary>Writes an event as JSON text.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The document, indented, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static string Write(Event @event) => Encoding.UTF8.GetString(WriteUtf8(@event));

    /// <summary>Writes an event as UTF-8 JSON bytes, without a byte order mark.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The document, indented, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static byte[] WriteUtf8(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        using var buffer = new MemoryStream();
        Write(@event, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes an event as UTF-8 JSON to a stream.</summary>
    /// <param name="event">The event.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Event @event, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = DocumentWriter.ToDocument(@event);
        using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder, MaxDepth = MaxDepth }))
        {
            JsonSerializer.Serialize(writer, document, Options);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static Event Convert(Func<Dto.Document?> read)
    {
        Dto.Document? document;
        try
        {
            document = read();
        }
        catch (JsonException e)
        {
            throw FromJsonException(e);
        }

        if (document is null)
        {
            throw new EventDocumentException("$", "The document is null; it must be a JSON object.");
        }

        return DocumentReader.ToModel(document);
    }

    private static int? FindLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static EventDocumentException FromJsonException(JsonException e)
    {
        var reason = e.Message;
        var pathAt = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (pathAt >= 0)
        {
            reason = reason[..pathAt];
        }

        if (e.InnerException is { } inner && reason.Contains("could not be converted", StringComparison.Ordinal))
        {
            reason = $"{DtoName().Replace(reason, "the expected type")} {inner.Message}";
        }

        var unmapped = UnmappedMember().Match(reason);
        if (unmapped.Success)
        {
            reason = $"'{unmapped.Groups[1].Value}' is not a property of this object in the event document format (version {EventDocumentFormat.CurrentVersion}); nothing is read silently past it.";
        }

        reason = DtoName().Replace(reason, "object");
        // System.Text.Json counts lines and bytes in a line from 0.
        return new EventDocumentException(e.Path ?? "$", reason.Trim(), e.LineNumber + 1, e.LineNumber is null ? null : e.BytePositionInLine + 1, e);
    }

    [GeneratedRegex(@"The JSON property '(.*)' could not be mapped to any \.NET member")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"Prb\.Events\.Dto\+\w+")]
    private static partial Regex DtoName();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
            WriteIndented = true,
            Encoder = MinimalJsonEncoder.Instance,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new EventTimeJsonConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }
}
