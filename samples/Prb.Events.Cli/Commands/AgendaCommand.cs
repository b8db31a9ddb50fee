using System.CommandLine;
using System.CommandLine.Completions;
using NodaTime;
using Prb.Events.Cli.Documents;

namespace Prb.Events.Cli.Commands;

/// <summary><c>agenda FILE.json [--tz ZONE]</c>: prints the agenda by day as a table.</summary>
internal static class AgendaCommand
{
    /// <summary>Makes the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var file = CliSymbols.InputFile("The event document (JSON).", EventDocumentFormat.FileExtension);
        var zone = new Option<string>("--tz")
        {
            Description = "Show the times in this zone, an IANA id such as America/New_York (default: the event's zone).",
            HelpName = "ZONE",
        };
        zone.Validators.Add(result =>
        {
            // Tokens, not the value: a value that does not convert (two of them) is the parser's own error.
            if (result.Tokens is [{ Value: var id }] && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
            {
                result.AddError($"'{id}' is not a time zone id; use an IANA id such as Europe/Warsaw.");
            }
        });
        zone.CompletionSources.Add(context => DateTimeZoneProviders.Tzdb.Ids
            .Where(id => id.StartsWith(context.WordToComplete, StringComparison.OrdinalIgnoreCase))
            .Select(id => new CompletionItem(id)));

        var command = new Command("agenda", "Print the agenda as a table, by day, in the event's zone or in ZONE. "
            + "Exit 0, 1 when the agenda has diagnostics, 2 when the file cannot be read.")
        {
            file,
            zone,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var shownIn = parse.GetValue(zone) is { } id ? DateTimeZoneProviders.Tzdb[id] : null;
            return RunAsync(parse.GetRequiredValue(file), shownIn, console, cancellationToken);
        });
        return command;
    }

    /// <summary>Prints the agenda of the document in <paramref name="path"/>, in <paramref name="shownIn"/> or the event's zone.</summary>
    public static async Task<int> RunAsync(string path, DateTimeZone? shownIn, CliConsole console, CancellationToken cancellationToken)
    {
        var @event = await DocumentLoader.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        var schedule = LibraryStep.Run(path, "schedule the agenda", () => EventScheduler.Default.Schedule(@event));
        foreach (var diagnostic in schedule.Diagnostics)
        {
            await console.ReportAsync($"{path}: {diagnostic}").ConfigureAwait(false);
        }

        if (schedule.Zone is null)
        {
            return ExitCodes.Diagnostics;
        }

        var zone = shownIn ?? schedule.Zone;
        var lines = LibraryStep.Run(path, "print the agenda", () => AgendaRenderer.Lines(schedule, zone));
        foreach (var line in lines)
        {
            await console.WriteLineAsync(line).ConfigureAwait(false);
        }

        return schedule.IsComplete ? ExitCodes.Success : ExitCodes.Diagnostics;
    }
}
