using Microsoft.Extensions.DependencyInjection;
using Prb.Events.Cli.Commands;
using Prb.Events.Ical;

namespace Prb.Events.Cli;

/// <summary>Parses the command line and runs one command, writing to the given writers (so tests can read them).</summary>
internal static class CliApplication
{
    internal const string Usage = """
        Usage: prb-events COMMAND [options]

        Commands:
          validate FILE.json               Check an event document; print one diagnostic per line.
                                           Exit 0 when valid, 1 with diagnostics, 2 when unreadable.
          agenda FILE.json [--tz ZONE]     Print the agenda as a table, in the event's zone or in ZONE
                                           (an IANA id such as America/New_York).
          export FILE.json --format NAME [--items] [-o OUT]
                                           Write the event in an export format (json, ics, schedule-xml,
                                           schedule-json); to OUT, whole or not at all, or to standard output.
                                           --items: with ics, each agenda item as its own VEVENT too.
          import FILE.ics [-o OUT.json]    Read iCalendar into an event document (a folder for several events);
                                           diagnostics one per line. Exit 0, 1 with errors, 2 when not iCalendar.
        """;

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return args.Length == 0 ? ExitCodes.Unreadable : ExitCodes.Success;
        }

        var rest = args.AsSpan(1).ToArray();
        try
        {
            return args[0] switch
            {
                "validate" => await ValidateCommand.RunAsync(CommandLine.Parse(rest, []), output, error).ConfigureAwait(false),
                "agenda" => await AgendaCommand.RunAsync(CommandLine.Parse(rest, ["--tz"]), output, error).ConfigureAwait(false),
                "export" => await ExportAsync(rest, output, error).ConfigureAwait(false),
                "import" => await ImportCommand.RunAsync(CommandLine.Parse(rest, ["-o"]), output, error).ConfigureAwait(false),
                _ => await UnknownAsync(args[0], error).ConfigureAwait(false),
            };
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync($"prb-events: {e.Message}").ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
    }

    private static async Task<int> ExportAsync(string[] args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args, ["--format", "-o"], ["--items"]);
        if (line.Flags.Contains("--items") && line.Option("--format") != "ics")
        {
            throw new CommandLineException("--items goes with --format ics.");
        }

        var items = line.Flags.Contains("--items");
        await using var services = CreateServices(options => options.IncludeAgendaItems = items);
        return await ExportCommand.RunAsync(line, services, output, error).ConfigureAwait(false);
    }

    /// <summary>The same registrations an ASP.NET host makes, without ASP.NET: the export formats as plugins.</summary>
    internal static ServiceProvider CreateServices(Action<IcalendarExportOptions>? icalendar = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance);
        services.AddPrbEvents().AddIcalendar(icalendar).AddConferenceSchedules();
        return services.BuildServiceProvider();
    }

    private static async Task<int> UnknownAsync(string command, TextWriter error)
    {
        await error.WriteLineAsync($"prb-events: unknown command '{command}'.").ConfigureAwait(false);
        await error.WriteLineAsync(Usage).ConfigureAwait(false);
        return ExitCodes.Unreadable;
    }
}
