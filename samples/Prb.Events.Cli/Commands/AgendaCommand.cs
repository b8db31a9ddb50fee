using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Cli.Commands;

/// <summary><c>agenda FILE.json [--tz ZONE]</c>: prints the agenda by day as a table.</summary>
internal static class AgendaCommand
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd (dddd)");

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var path = line.SingleFile();
        DateTimeZone? shownIn = null;
        if (line.Option("--tz") is { } zoneId)
        {
            shownIn = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
                ?? throw new CommandLineException($"'{zoneId}' is not a time zone id; use an IANA id such as Europe/Warsaw.");
        }

        var @event = await DocumentLoader.TryLoadAsync(path, error).ConfigureAwait(false);
        if (@event is null)
        {
            return ExitCodes.Unreadable;
        }

        var schedule = EventScheduler.Default.Schedule(@event);
        foreach (var diagnostic in schedule.Diagnostics)
        {
            await error.WriteLineAsync($"{path}: {diagnostic}").ConfigureAwait(false);
        }

        if (schedule.Zone is null)
        {
            return ExitCodes.Diagnostics;
        }

        var zone = shownIn ?? schedule.Zone;
        await output.WriteAsync(Render(schedule, zone)).ConfigureAwait(false);
        return schedule.IsComplete ? ExitCodes.Success : ExitCodes.Diagnostics;
    }

    /// <summary>Renders the agenda: a heading, then per day one line per item with times, length, kind, title and speakers.</summary>
    internal static string Render(EventSchedule schedule, DateTimeZone zone)
    {
        var e = schedule.Event;
        var text = new StringBuilder();
        text.AppendLine(e.FullTitle);
        var where = e.Venue is null ? string.Empty : $" · {e.Venue}";
        text.AppendLine(CultureInfo.InvariantCulture, $"Times in {zone.Id}{(zone.Id == e.TimeZoneId ? " (the event's zone)" : $" (the event is in {e.TimeZoneId})")}{where}");
        foreach (var day in schedule.ByDay(zone))
        {
            text.AppendLine();
            text.AppendLine(Date.Format(day.Date));
            foreach (var item in day.Items)
            {
                var length = item.Duration;
                var speakers = string.Join(", ", item.Item.Speakers.Select(id => e.FindPerson(id)?.DisplayName ?? id.Value));
                var status = item.Item.Status == AgendaItemStatus.Cancelled ? " [cancelled]" : string.Empty;
                var endDate = item.End.Date == item.Start.Date ? string.Empty : $" (+{Period.Between(item.Start.Date, item.End.Date, PeriodUnits.Days).Days}d)";
                text.Append(CultureInfo.InvariantCulture, $"  {Time.Format(item.Start.TimeOfDay)}–{Time.Format(item.End.TimeOfDay)}{endDate}");
                text.Append(CultureInfo.InvariantCulture, $"  {(int)length.TotalHours}h{length.Minutes:00}  {Kind(item.Item.Kind),-14}  {OneLine(item.Item.Title)}{status}");
                if (speakers.Length > 0)
                {
                    text.Append(" — ").Append(OneLine(speakers));
                }

                if (!string.IsNullOrWhiteSpace(item.Item.Room))
                {
                    text.Append(" @ ").Append(OneLine(item.Item.Room));
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Kind(AgendaItemKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
