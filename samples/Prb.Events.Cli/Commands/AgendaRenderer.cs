using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Hosting;

namespace Prb.Events.Cli.Commands;

/// <summary>Renders an agenda as a table: a heading, then per day one line per item with times, length, kind, title,
/// speakers and room; a time that the clock shows twice carries its offset (<see cref="LocalTimeText"/>). Lines hold the document's text as it is: the caller escapes them for the console.</summary>
internal static class AgendaRenderer
{
    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd (dddd)");

    /// <summary>Gets the lines of the agenda of <paramref name="schedule"/> with times in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<string> Lines(EventSchedule schedule, DateTimeZone zone)
    {
        var e = schedule.Event;
        var lines = new List<string> { e.FullTitle };
        var where = e.Venue is null ? string.Empty : $" · {e.Venue}";
        var whose = zone.Id == e.TimeZoneId ? " (the event's zone)" : $" (the event is in {e.TimeZoneId})";
        lines.Add($"Times in {zone.Id}{whose}{where}");
        foreach (var day in schedule.ByDay(zone))
        {
            lines.Add(string.Empty);
            lines.Add(Date.Format(day.Date));
            foreach (var item in day.Items)
            {
                lines.Add(Line(e, item));
            }
        }

        return lines;
    }

    private static string Line(Event e, ScheduledItem item)
    {
        var length = item.Duration;
        var speakers = string.Join(", ", item.Item.Speakers.Select(id => e.FindPerson(id)?.DisplayName ?? id.Value));
        var status = item.Item.Status == AgendaItemStatus.Cancelled ? " [cancelled]" : string.Empty;
        var endDate = item.End.Date == item.Start.Date ? string.Empty : $" (+{Period.Between(item.Start.Date, item.End.Date, PeriodUnits.Days).Days}d)";
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"  {LocalTimeText.FormatSpan(item.Start, item.End)}{endDate}");
        line.Append(CultureInfo.InvariantCulture, $"  {(int)length.TotalHours}h{length.Minutes:00}  {Kind(item.Item.Kind),-14}  {item.Item.Title}{status}");
        if (speakers.Length > 0)
        {
            line.Append(" — ").Append(speakers);
        }

        if (!string.IsNullOrWhiteSpace(item.Item.Room))
        {
            line.Append(" @ ").Append(item.Item.Room);
        }

        return line.ToString();
    }

    private static string Kind(AgendaItemKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));
}
