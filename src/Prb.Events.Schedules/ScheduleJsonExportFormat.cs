using System.Text.Json;
using Prb.Events.Export;

namespace Prb.Events.Schedules;

/// <summary>
/// The conference schedule as JSON, <c>schedule.json</c> (version 1, as pretalx publishes it), as an export format
/// named <c>schedule-json</c>. The output validates against the c3voc <c>schedule.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>Days, rooms, items, types, ids, guids, times and the marks of cancelled and rescheduled items are those of
/// <see cref="ScheduleXmlExportFormat"/>; see there. What differs is what the JSON schema asks for:</para>
/// <list type="bullet">
/// <item><description>The acronym is the event's slug with underscores for hyphens; each item has a slug
/// <c>{acronym}-{id}-{item id}</c> and a <c>url</c>: the event's web page with the item id as fragment, or
/// <c>urn:uuid:</c> and the item's guid when the event has no http(s) page.</description></item>
/// <item><description>Persons are written the frab way: <c>id</c>, <c>guid</c> and <c>public_name</c>.</description></item>
/// <item><description>As pretalx writes them: the conference's <c>start</c> and <c>end</c> are plain dates,
/// <c>timeslot_duration</c> and every <c>duration</c> have two digits of hours, every item has
/// <c>do_not_record</c> (true for a cancelled item, else false). Unlike pretalx, an item without a track is on the
/// track "Program główny" / "Main track" rather than <c>null</c>, as in schedule.xml; each item also gives its
/// <c>end</c>.</description></item>
/// <item><description><c>time_zone_name</c> is the event's zone id when the schema's pattern takes it, else its
/// canonical tzdb id (America/New_York for US/Eastern), else it is left out (Etc/GMT-1 and the like).</description></item>
/// </list>
/// <para>Text is written as itself with only what JSON requires escaped. An instance is immutable and safe to use from
/// many threads; the same event gives the same bytes (UTF-8 without a byte order mark). No clock is read.</para>
/// </remarks>
public sealed class ScheduleJsonExportFormat : ScheduleExportFormat
{
    private const string SchemaUrl = "https://c3voc.de/schedule/schema.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = MinimalJsonEncoder.Instance,
    };

    /// <summary>Initializes the format with the strict scheduler over the tz database (<see cref="EventScheduler.Default"/>).</summary>
    public ScheduleJsonExportFormat()
        : this(EventScheduler.Default)
    {
    }

    /// <summary>Initializes the format with the scheduler that resolves the event's local times.</summary>
    /// <param name="scheduler">The scheduler, such as one with the lenient policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheduler"/> is null.</exception>
    public ScheduleJsonExportFormat(EventScheduler scheduler)
        : base(scheduler)
    {
    }

    /// <summary>Gets the shared instance, which uses <see cref="EventScheduler.Default"/>.</summary>
    public static ScheduleJsonExportFormat Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "schedule-json";

    /// <inheritdoc />
    public override string MediaType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public override string FileExtension => ".json";

    /// <inheritdoc />
    private protected override void Write(ScheduleDocument document, Stream destination)
    {
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUrl);
        writer.WriteStartObject("generator");
        writer.WriteString("name", "Prb.Events");
        writer.WriteEndObject();
        writer.WriteStartObject("schedule");
        writer.WriteString("version", document.Version);
        WriteConference(writer, document);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteConference(Utf8JsonWriter writer, ScheduleDocument document)
    {
        writer.WriteStartObject("conference");
        writer.WriteString("acronym", document.Acronym);
        writer.WriteString("title", document.Title);
        if (document.Description is not null)
        {
            writer.WriteString("description", document.Description);
        }

        writer.WriteString("start", document.StartDate);
        writer.WriteString("end", document.EndDate);
        writer.WriteNumber("daysCount", document.Days.Count);
        writer.WriteString("timeslot_duration", document.TimeslotDuration);
        if (document.JsonTimeZoneName is not null)
        {
            writer.WriteString("time_zone_name", document.JsonTimeZoneName);
        }

        if (document.Url is not null)
        {
            writer.WriteString("url", document.Url);
        }

        if (document.Keywords.Count > 0)
        {
            writer.WriteStartArray("keywords");
            foreach (var keyword in document.Keywords)
            {
                writer.WriteStringValue(keyword);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("tracks");
        foreach (var track in document.Tracks)
        {
            writer.WriteStartObject();
            writer.WriteString("name", track);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rooms");
        foreach (var room in document.Rooms)
        {
            writer.WriteStartObject();
            writer.WriteString("name", room.Name);
            writer.WriteString("guid", room.Guid);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("days");
        foreach (var day in document.Days)
        {
            WriteDay(writer, day);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter writer, ScheduleDay day)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", day.Index);
        writer.WriteString("date", day.Date);
        writer.WriteString("day_start", day.Start);
        writer.WriteString("day_end", day.End);
        writer.WriteStartObject("rooms");
        foreach (var room in day.Rooms)
        {
            writer.WriteStartArray(room.Room.Name);
            foreach (var item in room.Items)
            {
                WriteItem(writer, item);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, ScheduleItem item)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", item.Id);
        writer.WriteString("guid", item.Guid);
        writer.WriteString("date", item.Date);
        writer.WriteString("end", item.End);
        writer.WriteString("start", item.Start);
        writer.WriteString("duration", item.Duration);
        writer.WriteString("room", item.Room);
        writer.WriteString("slug", item.Slug);
        writer.WriteString("url", item.Url);
        writer.WriteString("title", item.Title);
        writer.WriteString("subtitle", item.Subtitle ?? string.Empty);
        writer.WriteString("track", item.Track);

        writer.WriteString("type", item.Type);
        writer.WriteString("language", item.Language);
        writer.WriteString("abstract", item.Abstract);
        writer.WriteBoolean("do_not_record", item.IsCancelled);

        writer.WriteStartArray("persons");
        foreach (var person in item.Persons)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", person.Id);
            writer.WriteString("guid", person.Guid);
            writer.WriteString("public_name", person.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("links");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
