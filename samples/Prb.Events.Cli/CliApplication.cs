using Microsoft.Extensions.DependencyInjection;
using Prb.Events.AspNet.DependencyInjection;
using Prb.Events.Cli.Commands;

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
          export FILE.json --format NAME [-o OUT]
                                           Write the event in an export format (json, schedule-xml,
                                           schedule-json); to OUT, whole or not at all, or to standard output.
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
        await using var services = CreateServices();
        return await ExportCommand.RunAsync(CommandLine.Parse(args, ["--format", "-o"]), services, output, error).ConfigureAwait(false);
    }

    /// <summary>The same registrations an ASP.NET host makes, without ASP.NET: the export formats as plugins.</summary>
    internal static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPrbEvents().AddConferenceSchedules();
        return services.BuildServiceProvider();
    }

    private static async Task<int> UnknownAsync(string command, TextWriter error)
    {
        await error.WriteLineAsync($"prb-events: unknown command '{command}'.").ConfigureAwait(false);
        await error.WriteLineAsync(Usage).ConfigureAwait(false);
        return ExitCodes.Unreadable;
    }
}
