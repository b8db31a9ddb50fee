namespace Prb.Events.Cli.Commands;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then moved over the target.</summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                await stream.FlushAsync().ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
