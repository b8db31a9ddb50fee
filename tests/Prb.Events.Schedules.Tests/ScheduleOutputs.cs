using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Prb.Events.Export;
using Prb.Events.Schedules;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>Writes events with the two schedule formats and reads the outputs back for the tests.</summary>
internal static class ScheduleOutputs
{
    private static readonly Lazy<Event> SeedEvent = new(() => EventDocumentSerializer.Read(File.ReadAllBytes(RepositoryFiles.SeedDocumentPath)));

    public static Event Seed => SeedEvent.Value;

    public static byte[] Write(IEventExportFormat format, Event e)
    {
        using var stream = new MemoryStream();
        format.Write(e, stream);
        return stream.ToArray();
    }

    public static byte[] Xml(Event e) => Write(ScheduleXmlExportFormat.Instance, e);

    public static byte[] Json(Event e) => Write(ScheduleJsonExportFormat.Instance, e);

    public static XDocument ParseXml(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        // Whitespace-only text (an abstract of one tab) is text too.
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The <c>event</c> elements of a schedule.xml, in document order.</summary>
    public static IReadOnlyList<XElement> XmlItems(XDocument document) =>
        document.Root!.Elements("day").Elements("room").Elements("event").ToList();

    /// <summary>The events of a schedule.json, in document order, each with the name of the room it is listed under.</summary>
    public static IReadOnlyList<(string RoomKey, JsonElement Item)> JsonItems(JsonDocument document)
    {
        var items = new List<(string, JsonElement)>();
        foreach (var day in document.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days").EnumerateArray())
        {
            foreach (var room in day.GetProperty("rooms").EnumerateObject())
            {
                items.AddRange(room.Value.EnumerateArray().Select(item => (room.Name, item)));
            }
        }

        return items;
    }

    public static string Text(byte[] utf8) => Encoding.UTF8.GetString(utf8);
}
