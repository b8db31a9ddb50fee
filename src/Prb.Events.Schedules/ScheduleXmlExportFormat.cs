using System.Globalization;
using System.Text;
using System.Xml;
using Prb.Events.Export;

namespace Prb.Events.Schedules;

/// <summary>
/// The frab/pentabarf conference schedule, <c>schedule.xml</c>, as an export format named <c>schedule-xml</c>: what
/// Giggity, ConfClerk, EventFahrplan and the FOSDEM companion apps open. The output validates against the c3voc
/// <c>schedule.xml.xsd</c>.
/// </summary>
/// <remarks>
/// <para>What is written, shared with <see cref="ScheduleJsonExportFormat"/>:</para>
/// <list type="bullet">
/// <item><description>Every agenda item appears, breaks and award ceremonies included, as an <c>event</c> with a
/// <c>type</c>: lecture → <c>lecture</c>, presentation → <c>talk</c>, panel → <c>podium</c>, workshop →
/// <c>workshop</c>, coffee break, lunch break and other breaks → <c>break</c>, award ceremony → <c>ceremony</c>,
/// concert → <c>concert</c>, networking → <c>meeting</c>, registration → <c>registration</c>, opening →
/// <c>opening</c>, closing → <c>closing</c>, other → <c>other</c>.</description></item>
/// <item><description>A cancelled item stays in the schedule, with its title unchanged and the subtitle "Odwołane"
/// (for events in Polish) or "Cancelled"; a rescheduled one has the subtitle "Zmiana terminu" or "Rescheduled".
/// schedule.json also sets <c>do_not_record</c> on a cancelled item.</description></item>
/// <item><description>Each item's <c>guid</c> is a version 5 UUID named after the event id and the item id, and its
/// <c>id</c> a positive 31-bit number taken from that UUID; persons and rooms get theirs the same way. They stay
/// the same from one export to the next, however the agenda changes around them.</description></item>
/// <item><description>Items without a room (or with a blank one) are in a room named after the venue, or "Sala
/// główna" / "Main room" when the event has no venue name; items without a track (or with a blank one) are on the
/// track "Program główny" / "Main track", so that no app shows "No track". Rooms are listed in the order of their
/// first item in the whole schedule, items by start.</description></item>
/// <item><description>Where the schema allows two spellings, the one frab writes and the apps read: the conference's
/// <c>start</c> and <c>end</c> are plain dates (<c>2011-11-09</c>), durations and <c>timeslot_duration</c> have two
/// digits of hours (<c>01:00</c>, <c>00:30</c>).</description></item>
/// <item><description>An item is listed under the <c>day</c> of the date it starts on in the event's zone, because
/// apps such as ConfClerk take an item's start from its day's <c>date</c> and its <c>start</c>. There is a <c>day</c>
/// for each date that one of the event's days or items starts on; its <c>start</c> and <c>end</c> take in the event's
/// days on that date and every item listed under it. Item dates carry the UTC offset in force, <c>start</c> is the
/// wall-clock time in the event's zone, <c>duration</c> the elapsed time. The schedule's <c>version</c> is the event's
/// revision, and <c>time_zone_name</c> its IANA zone id.</description></item>
/// <item><description>Text is written as itself, escaped by <see cref="XmlWriter"/>; carriage returns are written as
/// character references so that a reader gets them back. Nothing in an event can break the document's structure:
/// the model admits only text that XML 1.0 can carry.</description></item>
/// </list>
/// <para>An instance is immutable and safe to use from many threads; the same event gives the same bytes (UTF-8
/// without a byte order mark). No clock is read.</para>
/// </remarks>
public sealed class ScheduleXmlExportFormat : ScheduleExportFormat
{
    /// <summary>Initializes the format with the strict scheduler over the tz database (<see cref="EventScheduler.Default"/>).</summary>
    public ScheduleXmlExportFormat()
        : this(EventScheduler.Default)
    {
    }

    /// <summary>Initializes the format with the scheduler that resolves the event's local times.</summary>
    /// <param name="scheduler">The scheduler, such as one with the lenient policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheduler"/> is null.</exception>
    public ScheduleXmlExportFormat(EventScheduler scheduler)
        : base(scheduler)
    {
    }

    /// <summary>Gets the shared instance, which uses <see cref="EventScheduler.Default"/>.</summary>
    public static ScheduleXmlExportFormat Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "schedule-xml";

    /// <inheritdoc />
    public override string MediaType => "application/xml; charset=utf-8";

    /// <inheritdoc />
    public override string FileExtension => ".xml";

    /// <inheritdoc />
    private protected override void Write(ScheduleDocument document, Stream destination)
    {
        // A document-level writer writes the XML declaration itself, and disposing it ends the document and flushes.
        using var writer = XmlWriter.Create(destination, CreateSettings());
        writer.WriteStartElement("schedule");
        writer.WriteStartElement("generator");
        writer.WriteAttributeString("name", "Prb.Events");
        writer.WriteEndElement();
        writer.WriteElementString("version", document.Version);
        WriteConference(writer, document);
        foreach (var day in document.Days)
        {
            WriteDay(writer, day);
        }

        writer.WriteEndElement();
    }

    private static XmlWriterSettings CreateSettings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private static void WriteConference(XmlWriter writer, ScheduleDocument document)
    {
        writer.WriteStartElement("conference");
        writer.WriteElementString("acronym", document.Acronym);
        writer.WriteElementString("title", document.Title);
        writer.WriteElementString("start", document.StartDate);
        writer.WriteElementString("end", document.EndDate);
        writer.WriteElementString("days", document.Days.Count.ToString(CultureInfo.InvariantCulture));
        writer.WriteElementString("timeslot_duration", document.TimeslotDuration);
        writer.WriteElementString("time_zone_name", document.TimeZoneName);
        if (document.HttpUrl is not null)
        {
            writer.WriteElementString("url", document.HttpUrl);
        }

        foreach (var track in document.Tracks)
        {
            writer.WriteStartElement("track");
            writer.WriteAttributeString("name", track);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteDay(XmlWriter writer, ScheduleDay day)
    {
        writer.WriteStartElement("day");
        writer.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("date", day.Date);
        writer.WriteAttributeString("start", day.Start);
        writer.WriteAttributeString("end", day.End);
        foreach (var room in day.Rooms)
        {
            writer.WriteStartElement("room");
            writer.WriteAttributeString("name", room.Room.Name);
            writer.WriteAttributeString("guid", room.Room.Guid.ToString());
            foreach (var item in room.Items)
            {
                WriteItem(writer, item);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteItem(XmlWriter writer, ScheduleItem item)
    {
        writer.WriteStartElement("event");
        writer.WriteAttributeString("guid", item.Guid.ToString());
        writer.WriteAttributeString("id", item.Id.ToString(CultureInfo.InvariantCulture));
        writer.WriteElementString("date", item.Date);
        writer.WriteElementString("start", item.Start);
        writer.WriteElementString("duration", item.Duration);
        writer.WriteElementString("room", item.Room);
        if (item.HttpUrl is not null)
        {
            writer.WriteElementString("url", item.HttpUrl);
        }

        writer.WriteElementString("title", item.Title);
        if (item.Subtitle is not null)
        {
            writer.WriteElementString("subtitle", item.Subtitle);
        }

        writer.WriteElementString("track", item.Track);
        writer.WriteElementString("type", item.Type);
        writer.WriteElementString("language", item.Language);
        writer.WriteElementString("abstract", item.Abstract);
        writer.WriteStartElement("persons");
        foreach (var person in item.Persons)
        {
            writer.WriteStartElement("person");
            writer.WriteAttributeString("id", person.Id.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("guid", person.Guid.ToString());
            writer.WriteString(person.Name);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
