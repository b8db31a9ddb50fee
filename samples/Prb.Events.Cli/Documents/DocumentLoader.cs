namespace Prb.Events.Cli.Documents;

/// <summary>Reads an event document from a file, or says in one line why it cannot.</summary>
internal static class DocumentLoader
{
    /// <summary>The largest event document read: 10 MiB, as for iCalendar input.</summary>
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    /// <summary>Reads the event in <paramref name="path"/>.</summary>
    /// <exception cref="CliFailure">The file cannot be read, is too large, or is not an event document (exit 2).</exception>
    public static async Task<Event> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await InputFile.ReadAsync(path, MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return EventDocumentSerializer.Read(bytes.AsSpan());
        }
        catch (EventDocumentException e)
        {
            throw CliFailure.Unreadable($"{path}: {e.Message}", e);
        }
    }
}
