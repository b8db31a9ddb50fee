using System.CommandLine;
using Prb.Events.Cli.Documents;

namespace Prb.Events.Cli.Commands;

/// <summary><c>validate FILE.json</c>: prints every diagnostic, one per line.</summary>
internal static class ValidateCommand
{
    /// <summary>Makes the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var file = CliSymbols.InputFile("The event document (JSON) to check.", EventDocumentFormat.FileExtension);
        var command = new Command("validate", "Check an event document; print one diagnostic per line. "
            + "Exit 0 when valid, 1 with diagnostics, 2 when the file cannot be read.")
        {
            file,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(file), console, cancellationToken));
        return command;
    }

    /// <summary>Validates the document in <paramref name="path"/>.</summary>
    public static async Task<int> RunAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        var @event = await DocumentLoader.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        var result = LibraryStep.Run(path, "validate the event", () => EventValidator.Default.Validate(@event));
        foreach (var diagnostic in result.Diagnostics)
        {
            await console.WriteLineAsync($"{path}: {diagnostic}").ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            return ExitCodes.Diagnostics;
        }

        await console.WriteLineAsync($"{path}: valid ({@event.Agenda.Count} agenda items, {result.Diagnostics.Count} warnings).").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
