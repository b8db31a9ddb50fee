using Microsoft.Extensions.DependencyInjection;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.Cli.Commands;

/// <summary><c>export FILE.json --format NAME [-o OUT]</c>: writes the event in any registered export format.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var path = line.SingleFile();
        var formats = services.GetRequiredService<ExportFormatRegistry>().Supporting(EventExportScopes.Event)
            .ToDictionary(r => r.Format.Name, r => r.Format, StringComparer.Ordinal);
        var name = line.Option("--format") ?? throw new CommandLineException($"--format is needed: one of {string.Join(", ", formats.Keys)}.");
        if (!formats.TryGetValue(name, out var format))
        {
            throw new CommandLineException($"'{name}' is not an export format; use one of {string.Join(", ", formats.Keys)}.");
        }

        var @event = await DocumentLoader.TryLoadAsync(path, error).ConfigureAwait(false);
        if (@event is null)
        {
            return ExitCodes.Unreadable;
        }

        // Render into memory first: a format that refuses the event leaves no file behind.
        using var buffer = new MemoryStream();
        try
        {
            await format.WriteEventAsync(@event, buffer).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"{path}: cannot export as {name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Diagnostics;
        }

        if (line.Option("-o") is { } target)
        {
            await AtomicFile.WriteAsync(target, stream => buffer.WriteTo(stream)).ConfigureAwait(false);
            await error.WriteLineAsync($"{target}: {buffer.Length} bytes of {format.MediaType}").ConfigureAwait(false);
        }
        else
        {
            await output.FlushAsync().ConfigureAwait(false);
            if (output == Console.Out)
            {
                await using var stdout = Console.OpenStandardOutput();
                buffer.WriteTo(stdout);
            }
            else
            {
                await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }
}
