using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Prb.Events.Cli.Documents;
using Prb.Events.Cli.Files;
using Prb.Events.Hosting;

namespace Prb.Events.Cli.Commands;

/// <summary><c>export FILE.json --format NAME [--items] [-o OUT]</c>: writes the event in any registered export format.</summary>
internal static class ExportCommand
{
    /// <summary>Makes the command, offering <paramref name="formatNames"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, IReadOnlyList<string> formatNames)
    {
        var list = string.Join(", ", formatNames);
        var file = CliSymbols.InputFile("The event document (JSON).", EventDocumentFormat.FileExtension);
        var format = new Option<string>("--format")
        {
            Description = $"The export format: {list}.",
            HelpName = string.Join("|", formatNames),
            Required = true,
        };
        format.Validators.Add(result =>
        {
            // Tokens, not the value: a value that does not convert (two of them) is the parser's own error.
            if (result.Tokens is [{ Value: var name }] && !formatNames.Contains(name, StringComparer.Ordinal))
            {
                result.AddError($"'{name}' is not an export format; use one of {list}.");
            }
        });
        format.CompletionSources.Add([.. formatNames]);
        var items = new Option<bool>("--items")
        {
            Description = "With --format ics: each agenda item as a VEVENT of its own too.",
        };
        var output = CliSymbols.Output("Write to this file instead of the standard output: whole or not at all, to a new "
            + "name or over a regular file (whose permissions and owner are kept); never to a link, device, pipe or folder.");

        var command = new Command("export", "Write the event in an export format. "
            + "Exit 0, 1 when the format cannot represent the event, 2 when the file cannot be read or OUT cannot be written.")
        {
            file,
            format,
            items,
            output,
        };
        command.Validators.Add(result =>
        {
            var asked = result.GetResult(items) is { } given
                && (given.Tokens.Count == 0 || (given.Tokens is [{ Value: var flag }] && bool.TryParse(flag, out var on) && on));
            if (asked && result.GetResult(format) is { Tokens: [{ Value: not "ics" }] })
            {
                result.AddError("--items goes with --format ics.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(file), parse.GetRequiredValue(format), parse.GetValue(items), parse.GetValue(output), console, cancellationToken));
        return command;
    }

    /// <summary>Exports the document in <paramref name="path"/> as <paramref name="formatName"/> to <paramref name="output"/>,
    /// or to the standard output when it is null.</summary>
    public static async Task<int> RunAsync(string path, string formatName, bool items, string? output, CliConsole console, CancellationToken cancellationToken)
    {
        var @event = await DocumentLoader.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        var target = output is null ? null : OutputTarget.Check(output);

        var services = CliServices.Create(options => options.IncludeAgendaItems = items);
        await using (services.ConfigureAwait(false))
        {
            var format = services.GetRequiredService<ExportFormatRegistry>().Find(formatName)?.Format
                ?? throw CliFailure.Unreadable($"'{formatName}' is not an export format.");

            // Render into memory first: a format that refuses the event leaves no file behind.
            using var buffer = new MemoryStream();
            try
            {
                await format.WriteEventAsync(@event, buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (LibraryStep.IsOutOfRange(e))
            {
                throw LibraryStep.OutOfRange(path, $"export as {formatName}", e);
            }
            catch (ArgumentException e)
            {
                await console.ReportAsync($"{path}: cannot export as {formatName}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Diagnostics;
            }

            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (target is null)
            {
                await console.WriteOutputAsync(bytes, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var outcome = await AtomicWriter.ReplaceAsync(target, bytes, cancellationToken).ConfigureAwait(false);
            await console.ReportAsync($"{target.Given}: {bytes.Length} bytes of {format.MediaType}").ConfigureAwait(false);
            if (outcome == WriteOutcome.WrittenWithNewOwner)
            {
                await console.ReportAsync($"{target.Given}: the file's owner could not be kept; it now belongs to you.").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
    }
}
