using System.CommandLine;
using Prb.Events.Cli.Documents;
using Prb.Events.Cli.Files;
using Prb.Events.Ical;

namespace Prb.Events.Cli.Commands;

/// <summary><c>import FILE.ics [-o OUT]</c>: reads iCalendar into event documents, printing every diagnostic.</summary>
internal static class ImportCommand
{
    /// <summary>Makes the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var file = CliSymbols.InputFile("The iCalendar file (.ics) to read.", ".ics");
        var output = CliSymbols.Output("Write the event document to this file (a new name or a regular file, whole or not "
            + "at all), or, when OUT is an existing folder, one new document per event into it: never replacing a file, "
            + "names unique without regard to case, each event's file reported.");
        var command = new Command("import", "Read iCalendar into event documents, to the standard output or to OUT; "
            + "diagnostics one per line. Exit 0, 1 with errors, 2 when the file is not iCalendar or OUT cannot be written.")
        {
            file,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(file), parse.GetValue(output), console, cancellationToken));
        return command;
    }

    /// <summary>Imports the calendar in <paramref name="path"/> to <paramref name="output"/>, or to the standard output when it is null.</summary>
    public static async Task<int> RunAsync(string path, string? output, CliConsole console, CancellationToken cancellationToken)
    {
        var importer = new IcalendarImporter();
        var bytes = await InputFile.ReadAsync(path, importer.Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        IcalendarImportResult result;
        try
        {
            using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            result = await importer.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (IcalendarFormatException e)
        {
            throw CliFailure.Unreadable($"{path}: not iCalendar: {e.Message}", e);
        }
        catch (Exception e) when (LibraryStep.IsOutOfRange(e))
        {
            throw LibraryStep.OutOfRange(path, "import the calendar", e);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            await console.ReportAsync($"{path}: {diagnostic}").ConfigureAwait(false);
        }

        if (result.Events.Count == 0)
        {
            await console.ReportAsync($"{path}: no event to import.").ConfigureAwait(false);
            return ExitCodes.Diagnostics;
        }

        var folder = output is not null && Directory.Exists(output) ? output : null;
        if (folder is null && result.Events.Count > 1)
        {
            throw CliFailure.Unreadable($"{path} holds {result.Events.Count} events: give -o an existing folder to write one document each.");
        }

        var target = folder is null && output is not null ? OutputTarget.Check(output) : null;
        var documents = new List<(Event, byte[])>();
        foreach (var @event in result.Events)
        {
            var validation = LibraryStep.Run(path, $"validate the event '{@event.Id}'", () => EventValidator.Default.Validate(@event));
            foreach (var diagnostic in validation.Diagnostics)
            {
                await console.ReportAsync($"{path}: event '{@event.Id}': {diagnostic}").ConfigureAwait(false);
            }

            documents.Add((@event, LibraryStep.Run(path, $"write the event '{@event.Id}'", () => EventDocumentSerializer.WriteUtf8(@event))));
        }

        if (folder is not null)
        {
            await ImportFolder.WriteAsync(folder, documents, console, cancellationToken).ConfigureAwait(false);
        }
        else if (target is not null)
        {
            var (@event, document) = documents[0];
            var outcome = await AtomicWriter.ReplaceAsync(target, document, cancellationToken).ConfigureAwait(false);
            await console.ReportAsync($"{target.Given}: event '{@event.Id}': {@event.FullTitle} ({@event.Agenda.Count} agenda items)").ConfigureAwait(false);
            if (outcome == WriteOutcome.WrittenWithNewOwner)
            {
                await console.ReportAsync($"{target.Given}: the file's owner could not be kept; it now belongs to you.").ConfigureAwait(false);
            }
        }
        else
        {
            await console.WriteOutputAsync(documents[0].Item2, cancellationToken).ConfigureAwait(false);
        }

        return result.HasErrors ? ExitCodes.Diagnostics : ExitCodes.Success;
    }
}
