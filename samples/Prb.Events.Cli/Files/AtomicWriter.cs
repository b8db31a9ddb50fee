namespace Prb.Events.Cli.Files;

/// <summary>Writes a file whole or not at all: into a new temporary file in the same folder, flushed to the disk
/// (fsync), given the permissions and owner of the file it replaces, then renamed over it (or, for a new file, renamed
/// to a name that must still be free). A reader sees the old content or the new, never a part; a failure leaves the old
/// file as it was and no temporary file behind.</summary>
internal static class AtomicWriter
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="content"/> to <paramref name="target"/>, replacing the regular file there if any.</summary>
    /// <exception cref="CliFailure">The file could not be written, or the path no longer names a regular file.</exception>
    public static Task<WriteOutcome> ReplaceAsync(OutputTarget target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(target, content, replace: true, cancellationToken);

    /// <summary>Writes <paramref name="content"/> to <paramref name="target"/> as a new file; never replaces a file.</summary>
    /// <returns><see cref="WriteOutcome.NameTaken"/> when something has the name by the time the file is complete.</returns>
    /// <exception cref="CliFailure">The file could not be written.</exception>
    public static Task<WriteOutcome> CreateNewAsync(OutputTarget target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(target, content, replace: false, cancellationToken);

    private static async Task<WriteOutcome> WriteAsync(OutputTarget target, ReadOnlyMemory<byte> content, bool replace, CancellationToken cancellationToken)
    {
        var keep = replace ? target.Existing : PathStatus.Missing;
        var temporary = Path.Combine(target.Folder, $".prb-events-{Guid.NewGuid():N}.tmp");
        try
        {
            WriteOutcome outcome;
            try
            {
                outcome = await WriteTemporaryAsync(temporary, content, keep, cancellationToken).ConfigureAwait(false);
            }
            catch (UnauthorizedAccessException e)
            {
                throw OutputTarget.Refused(target.Given, $"the folder {target.Folder} may not be written", e);
            }
            catch (IOException e)
            {
                throw OutputTarget.Refused(target.Given, $"cannot write a new file in {target.Folder}: {e.Message}", e);
            }

            // The path was checked before the content was made; check again just before the rename, which would
            // replace a symbolic link or device put there meanwhile.
            var now = PathProbe.Get(target.FullPath, target.Given);
            if (!replace && now.Kind != PathKind.Missing)
            {
                return WriteOutcome.NameTaken;
            }

            if (now.Kind is not (PathKind.Missing or PathKind.RegularFile))
            {
                throw OutputTarget.Refused(target.Given, OutputTarget.NotAFile(now.Kind));
            }

            if (!Rename(temporary, target, replace))
            {
                return WriteOutcome.NameTaken;
            }

            if (LinuxFileSystem.IsAvailable)
            {
                LinuxFileSystem.FlushDirectory(target.Folder);
            }

            return outcome;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputTarget.Refused(target.Given, e.Message, e);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static async Task<WriteOutcome> WriteTemporaryAsync(string temporary, ReadOnlyMemory<byte> content, PathStatus keep, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows() && keep.Kind == PathKind.RegularFile)
        {
            // Nobody else may read the new content before it has the permissions of the file it replaces.
            options.UnixCreateMode = OwnerOnly;
        }

        var outcome = WriteOutcome.Written;
        var stream = new FileStream(temporary, options);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
            if (!OperatingSystem.IsWindows() && keep.Kind == PathKind.RegularFile)
            {
                if (!KeepOwner(stream, keep.Owner))
                {
                    outcome = WriteOutcome.WrittenWithNewOwner;
                }

                // After the owner: a change of owner clears the set-user-id and set-group-id bits.
                File.SetUnixFileMode(stream.SafeFileHandle, keep.Mode);
            }
        }

        return outcome;
    }

    /// <summary>Gives the new file the old one's owner and group, or at least its group (a user may give a file to a
    /// group of their own); true when both are kept, or when the owner is not known or cannot be set here.</summary>
    /// <remarks>No pattern variable: every mutant of the condition compiles (see docs/mutation-testing.md).</remarks>
    private static bool KeepOwner(FileStream stream, (uint User, uint Group)? known)
    {
        if (known is null || !LinuxFileSystem.IsAvailable)
        {
            return true;
        }

        var owner = known.GetValueOrDefault();
        if (LinuxFileSystem.ChangeOwner(stream.SafeFileHandle, owner.User, owner.Group) == 0)
        {
            return true;
        }

        _ = LinuxFileSystem.ChangeOwner(stream.SafeFileHandle, uint.MaxValue, owner.Group);
        return false;
    }

    /// <summary>Renames the complete temporary file to the target; false when a new file's name was taken.</summary>
    private static bool Rename(string temporary, OutputTarget target, bool replace)
    {
        if (replace)
        {
            File.Move(temporary, target.FullPath, overwrite: true);
            return true;
        }

        if (LinuxFileSystem.IsAvailable)
        {
            var errno = LinuxFileSystem.RenameNoReplace(temporary, target.FullPath);
            switch (errno)
            {
                case 0:
                    return true;
                case LinuxFileSystem.Exists:
                    return false;
                case not (LinuxFileSystem.InvalidArgument or LinuxFileSystem.NotImplemented):
                    throw OutputTarget.Refused(target.Given, LinuxFileSystem.Describe(errno));
            }
        }

        // A file system that cannot rename without replacing: check, then rename (a narrow race remains).
        if (Path.Exists(target.FullPath))
        {
            return false;
        }

        File.Move(temporary, target.FullPath, overwrite: false);
        return true;
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind only when the folder changed under us; it is hidden and named .prb-events-*.tmp.
        }
    }
}
