using System.Text;
using NodaTime.Text;

namespace Prb.Events.Samples.Web.Calendar;

/// <summary>
/// Links that open a new calendar entry, filled in, in Google Calendar and Outlook.com. Times are UTC instants, so the
/// calendar shows them in its user's zone; every text is percent-encoded as UTF-8 (<see cref="Uri.EscapeDataString(string)"/>),
/// so Polish letters, emoji and line breaks arrive as written and no text can add a parameter.
/// </summary>
internal static class AddToCalendarLinks
{
    private static readonly InstantPattern GoogleTime = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");
    private static readonly InstantPattern OutlookTime = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    /// <summary>Google Calendar's event template: <c>text</c>, <c>dates=start/end</c> in UTC, <c>details</c>, <c>location</c>.</summary>
    public static Uri Google(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var query = new StringBuilder("https://calendar.google.com/calendar/render?action=TEMPLATE");
        Add(query, "text", entry.Title);
        Add(query, "dates", $"{GoogleTime.Format(entry.Start)}/{GoogleTime.Format(entry.End)}");
        Add(query, "details", entry.Details);
        Add(query, "location", entry.Location);
        return new Uri(query.ToString());
    }

    /// <summary>Outlook.com's compose form: <c>subject</c>, <c>startdt</c> and <c>enddt</c> in UTC (ISO 8601), <c>body</c>, <c>location</c>.</summary>
    public static Uri Outlook(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var query = new StringBuilder("https://outlook.live.com/calendar/0/action/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent");
        Add(query, "subject", entry.Title);
        Add(query, "startdt", OutlookTime.Format(entry.Start));
        Add(query, "enddt", OutlookTime.Format(entry.End));
        Add(query, "body", entry.Details);
        Add(query, "location", entry.Location);
        return new Uri(query.ToString());
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        // The text only in its own case: no mutant can pass a null to EscapeDataString (see docs/mutation-testing.md).
        switch (value)
        {
            case { } text:
                query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(text));
                break;
        }
    }
}
