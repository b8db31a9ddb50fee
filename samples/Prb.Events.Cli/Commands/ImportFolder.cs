using Prb.Events.Cli.Files;

namespace Prb.Events.Cli.Commands;

/// <summary>Writes imported events into a folder, one new document each, named after the event's slug. Names are
/// unique without regard to case (<c>event-a.json</c>, <c>event-a-2.json</c>, ...), so that events whose UIDs differ
/// only by case each keep their file on any file system, and a file already in the folder is never replaced.</summary>
internal static class ImportFolder
{
    /// <summary>The most names tried for one event before giving up.</summary>
    public const int MaxNamesPerEvent = 10_000;

    /// <summary>Writes <paramref name="documents"/> into <paramref name="folder"/>; reports which event went to which file.</summary>
    /// <exception cref="CliFailure">The folder cannot be listed or a file cannot be written; the files written so far stay.</exception>
    public static async Task WriteAsync(string folder, IReadOnlyList<(Event Event, byte[] Document)> documents, CliConsole console, CancellationToken cancellationToken)
    {
        var taken = ExistingNames(folder);
        for (var i = 0; i < documents.Count; i++)
        {
            var (@event, document) = documents[i];
            var written = false;
            for (var n = 1; !written; n++)
            {
                if (n > MaxNamesPerEvent)
                {
                    throw CliFailure.Unreadable($"{folder}: no free file name for the event '{@event.Id}' ({@event.Slug}.json and {MaxNamesPerEvent - 1} others are taken).");
                }

                var name = n == 1 ? $"{@event.Slug}{EventDocumentFormat.FileExtension}" : $"{@event.Slug}-{n}{EventDocumentFormat.FileExtension}";
                if (!taken.Add(name))
                {
                    continue;
                }

                var target = TryCheckNewName(Path.Combine(folder, name));
                if (target is null)
                {
                    continue;
                }

                var outcome = await AtomicWriter.CreateNewAsync(target, document, cancellationToken).ConfigureAwait(false);
                written = outcome != WriteOutcome.NameTaken;
                if (written)
                {
                    await console.ReportAsync($"{target.Given}: event {i + 1} of {documents.Count}, '{@event.Id}': {@event.FullTitle} ({@event.Agenda.Count} agenda items)").ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Checks a name that was free when the folder was listed; null when something has taken it since.</summary>
    private static OutputTarget? TryCheckNewName(string path)
    {
        try
        {
            var target = OutputTarget.Check(path);
            return target.Existing.Kind == PathKind.Missing ? target : null;
        }
        catch (CliFailure) when (Path.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return null;
        }
    }

    private static HashSet<string> ExistingNames(string folder)
    {
        try
        {
            return new HashSet<string>(Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable($"{folder}: cannot list the folder: {e.Message}", e);
        }
    }
}
