using Prb.Events.Ical;

namespace Prb.Events.Cli.Commands;

/// <summary><c>import FILE.ics [-o OUT.json]</c>: reads iCalendar into event documents, printing every diagnostic.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var path = line.SingleFile();
        IcalendarImportResult result;
        try
        {
            await using var stream = File.OpenRead(path);
            result = await new IcalendarImporter().ReadAsync(stream).ConfigureAwait(false);
        }
        catch (IcalendarFormatException e)
        {
            await error.WriteLineAsync($"{path}: not iCalendar: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"{path}: cannot read the file: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            await error.WriteLineAsync($"{path}: {diagnostic}").ConfigureAwait(false);
        }

        var target = line.Option("-o");
        if (result.Events.Count == 0)
        {
            await error.WriteLineAsync($"{path}: no event to import.").ConfigureAwait(false);
            return ExitCodes.Diagnostics;
        }

        if (result.Events.Count == 1 && (target is null || !Directory.Exists(target)))
        {
            await WriteAsync(result.Events[0], target, output, error).ConfigureAwait(false);
        }
        else if (target is not null && Directory.Exists(target))
        {
            foreach (var @event in result.Events)
            {
                await WriteAsync(@event, Path.Combine(target, @event.Slug.Value + EventDocumentFormat.FileExtension), output, error).ConfigureAwait(false);
            }
        }
        else
        {
            throw new CommandLineException($"{path} holds {result.Events.Count} events: give -o an existing folder to write one document each.");
        }

        return result.HasErrors ? ExitCodes.Diagnostics : ExitCodes.Success;
    }

    private static async Task WriteAsync(Event @event, string? target, TextWriter output, TextWriter error)
    {
        var bytes = EventDocumentSerializer.WriteUtf8(@event);
        foreach (var diagnostic in EventValidator.Default.Validate(@event).Diagnostics)
        {
            await error.WriteLineAsync($"{target ?? "(imported)"}: {diagnostic}").ConfigureAwait(false);
        }

        if (target is null)
        {
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes)).ConfigureAwait(false);
            return;
        }

        await AtomicFile.WriteAsync(target, stream => stream.Write(bytes)).ConfigureAwait(false);
        await error.WriteLineAsync($"{target}: {@event.FullTitle} ({@event.Agenda.Count} agenda items)").ConfigureAwait(false);
    }
}
