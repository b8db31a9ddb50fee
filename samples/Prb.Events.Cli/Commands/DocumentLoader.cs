
namespace Prb.Events.Cli.Commands;

/// <summary>Reads an event document from a file, reporting why it cannot.</summary>
internal static class DocumentLoader
{
    /// <summary>Reads the event, or writes the reason to <paramref name="error"/> and returns null.</summary>
    public static async Task<Event?> TryLoadAsync(string path, TextWriter error)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await EventDocumentSerializer.ReadAsync(stream).ConfigureAwait(false);
        }
        catch (EventDocumentException e)
        {
            await error.WriteLineAsync($"{path}: {e.Message}").ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"{path}: cannot read the file: {e.Message}").ConfigureAwait(false);
        }

        return null;
    }
}
