using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Prb.Events.Ical.Benchmarks;

/// <summary>The calendar of the import issue, written by Ical.Net: the 10,000 items of <see cref="LargeCalendar"/> as
/// VEVENTs with UID, DTSTAMP, DTSTART and DTEND with TZID, SUMMARY, a 300-character Polish DESCRIPTION, LOCATION and
/// SEQUENCE (about 6.7 MB).</summary>
public static class IcalNetCalendar
{
    public static string Create(int itemCount = LargeCalendar.ItemCount) => Write(LargeCalendar.Create(itemCount));

    /// <summary>Builds Ical.Net's object graph for the agenda items of <paramref name="source"/> and serializes it.</summary>
    public static string Write(Event source)
    {
        var calendar = new global::Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddTimeZone(new VTimeZone("Europe/Warsaw"));
        var stamp = new CalDateTime(2026, 1, 1, 0, 0, 0, CalDateTime.UtcTzId);
        var venue = source.Venue!.ToString();
        foreach (var item in source.Agenda)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = source.Id.Value + "+" + item.Id.Value + "@events.prb.invalid",
                DtStamp = stamp,
                DtStart = new CalDateTime(item.Start.Local.ToDateTimeUnspecified(), "Europe/Warsaw"),
                DtEnd = new CalDateTime(item.End.Local.ToDateTimeUnspecified(), "Europe/Warsaw"),
                Summary = item.Title,
                Description = item.Description,
                Location = item.Room + ", " + venue,
                Sequence = item.Revision,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
