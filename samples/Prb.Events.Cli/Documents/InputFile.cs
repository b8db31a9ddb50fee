namespace Prb.Events.Cli.Documents;

/// <summary>Reads an input file whole, up to a size cap, turning every way it can fail into a one-line failure.</summary>
internal static class InputFile
{
    /// <summary>Reads <paramref name="path"/>; a file (or stream: a pipe, <c>/dev/stdin</c>) larger than
    /// <paramref name="maxBytes"/> is refused rather than read to its end.</summary>
    /// <exception cref="CliFailure">The path names no readable file, or the file is too large.</exception>
    public static async Task<ArraySegment<byte>> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            throw CliFailure.Unreadable("(an empty name): cannot read the file: a file name is needed.");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw CliFailure.Unreadable($"{path}: cannot read the file: the name holds a NUL character.");
        }

        try
        {
            if (Directory.Exists(path))
            {
                throw CliFailure.Unreadable($"{path}: cannot read the file: it is a folder.");
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > maxBytes)
                    {
                        throw CliFailure.Unreadable($"{path}: cannot read the file: it is larger than {maxBytes / (1024 * 1024)} MiB.");
                    }
                }

                return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw CliFailure.Unreadable($"{path}: cannot read the file: {e.Message}", e);
        }
    }
}
