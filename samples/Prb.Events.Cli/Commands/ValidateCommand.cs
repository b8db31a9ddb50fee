
namespace Prb.Events.Cli.Commands;

/// <summary><c>validate FILE.json</c>: prints every diagnostic, one per line.</summary>
internal static class ValidateCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var path = line.SingleFile();
        var @event = await DocumentLoader.TryLoadAsync(path, error).ConfigureAwait(false);
        if (@event is null)
        {
            return ExitCodes.Unreadable;
        }

        var result = EventValidator.Default.Validate(@event);
        foreach (var diagnostic in result.Diagnostics)
        {
            await output.WriteLineAsync($"{path}: {diagnostic}").ConfigureAwait(false);
        }

        if (result.IsValid)
        {
            await output.WriteLineAsync($"{path}: valid ({@event.Agenda.Count} agenda items, {result.Diagnostics.Count} warnings).").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        return ExitCodes.Diagnostics;
    }
}
