using System.Text;

namespace Prb.Events.Cli.Tests.Support;

/// <summary>iCalendar input made for the tests.</summary>
internal static class Calendars
{
    /// <summary>A calendar of one VEVENT per UID, each an hour on a day of January 2024, titled by <paramref name="titles"/>
    /// (or "Event N").</summary>
    public static string WithUids(IReadOnlyList<string> uids, IReadOnlyList<string>? titles = null)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Prb.Events tests//EN\r\n");
        for (var i = 0; i < uids.Count; i++)
        {
            text.Append("BEGIN:VEVENT\r\n")
                .Append("UID:").Append(uids[i]).Append("\r\n")
                .Append("DTSTAMP:20240101T000000Z\r\n")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"DTSTART;TZID=Europe/Warsaw:202401{i + 10:00}T100000\r\n")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"DTEND;TZID=Europe/Warsaw:202401{i + 10:00}T110000\r\n")
                .Append("SUMMARY:").Append(titles?[i] ?? $"Event {i + 1}").Append("\r\n")
                .Append("END:VEVENT\r\n");
        }

        return text.Append("END:VCALENDAR\r\n").ToString();
    }
}
