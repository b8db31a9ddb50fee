using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Invocation;
using Prb.Events.Cli.Commands;

namespace Prb.Events.Cli;

/// <summary>Parses the command line with System.CommandLine and runs one command. Every run ends in exit 0, 1
/// (diagnostics) or 2 (anything else that went wrong) with a one-line message, or 130 when interrupted.</summary>
internal static class CliApplication
{
    /// <summary>The name of the tool, as help and messages give it.</summary>
    public const string Name = "prb-events";

    /// <summary>Runs the command that <paramref name="args"/> name, writing to <paramref name="console"/>.</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <param name="console">Where results and messages go.</param>
    /// <param name="cancellationToken">Interrupts the run (exit 130).</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var parse = Parse(args, console);
            if (parse.Action is ParseErrorAction)
            {
                await ReportParseErrorsAsync(parse, console).ConfigureAwait(false);
                return ExitCodes.Unreadable;
            }

            if (SuggestGivenTwice(parse))
            {
                // System.CommandLine's completion would throw (it takes the single [suggest] position).
                await console.ReportAsync($"{Name}: the [suggest] directive is given more than once.").ConfigureAwait(false);
                return ExitCodes.Unreadable;
            }

            var invocation = new InvocationConfiguration
            {
                Output = console.Output,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (CliFailure failure)
        {
            await console.ReportAsync(failure.Message).ConfigureAwait(false);
            return failure.ExitCode;
        }
        catch (IOException e)
        {
            // Files are read and written by helpers that name them; what is left is the console (help or completions
            // written to a full disk or a closed pipe).
            await console.ReportAsync($"(standard output): cannot write: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
        catch (OperationCanceledException)
        {
            await console.ReportAsync($"{Name}: interrupted.").ConfigureAwait(false);
            return 130;
        }
#pragma warning disable CA1031 // The last line of defence: known failures are CliFailures; anything else still ends in one line and exit 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await console.ReportAsync($"{Name}: unexpected failure ({e.GetType().Name}): {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
    }

    /// <summary>Parses <paramref name="args"/> against the command tree, without running anything.</summary>
    public static ParseResult Parse(string[] args, CliConsole console) =>
        CreateRootCommand(console).Parse(args, new ParserConfiguration
        {
            // "@FILE" arguments would read a file of arguments: off, so that no argument reads a file a command
            // does not name (an "@/dev/zero" would never end).
            ResponseFileTokenReplacer = null,
        });

    /// <summary>Makes the command tree: validate, agenda, export (with every registered format) and import; help on
    /// every command (-h, --help, -?), --version, and the [suggest] directive that dotnet-suggest completes with.</summary>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand("Validate event documents, print agendas in any time zone, export them in every "
            + "registered format, import iCalendar and migrate a PostgreSQL catalogue. Exit codes: 0 done, 1 diagnostics, 2 the command line is wrong, "
            + "the input cannot be read or the output cannot be written.")
        {
            ValidateCommand.Create(console),
            AgendaCommand.Create(console),
            ExportCommand.Create(console, CliServices.EventFormatNames()),
            ImportCommand.Create(console),
            DbCommand.Create(console),
            ExamplesCommand.Create(console),
        };
        root.HelpName = Name;
        return root;
    }

    private static bool SuggestGivenTwice(ParseResult parse) =>
        parse.RootCommandResult.Command is RootCommand root
        && root.Directives.OfType<SuggestDirective>().FirstOrDefault() is { } suggest
        && parse.GetResult(suggest) is { Values.Count: > 1 };

    private static async Task ReportParseErrorsAsync(ParseResult parse, CliConsole console)
    {
        var command = parse.CommandResult.Command;
        var name = command is RootCommand ? Name : $"{Name} {command.Name}";
        var errors = string.Join(" ", parse.Errors.Select(e => e.Message.Trim()).Distinct(StringComparer.Ordinal));
        await console.ReportAsync($"{name}: {errors} See '{name} --help'.").ConfigureAwait(false);
    }
}
