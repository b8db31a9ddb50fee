namespace Prb.Events.Cli.Files;

/// <summary>Finds what a path names without following a symbolic link at its end: through statx on Linux, and as far
/// as .NET can tell elsewhere (a symbolic link, a folder, a file; on Windows a device too).</summary>
internal static class PathProbe
{
    /// <summary>Reads the status of <paramref name="fullPath"/>.</summary>
    /// <param name="fullPath">The full path.</param>
    /// <param name="given">The path as the user gave it, for the message of a failure.</param>
    /// <returns>The status; <see cref="PathStatus.Missing"/> when nothing has that name.</returns>
    /// <exception cref="CliFailure">The path cannot be looked at: too long, a part of it is not a folder, no permission.</exception>
    public static PathStatus Get(string fullPath, string given)
    {
        if (LinuxFileSystem.IsAvailable)
        {
            var errno = LinuxFileSystem.GetStatus(fullPath, out var status);
            return errno switch
            {
                0 => status,
                LinuxFileSystem.NoEntry => PathStatus.Missing,
                LinuxFileSystem.NotDirectory => throw OutputTarget.Refused(given, "a part of the path is not a folder"),
                LinuxFileSystem.NameTooLong => throw OutputTarget.Refused(given, "the path or a name in it is too long"),
                _ => throw OutputTarget.Refused(given, $"it cannot be looked at: {LinuxFileSystem.Describe(errno)}"),
            };
        }

        return GetManaged(fullPath, given);
    }

    private static PathStatus GetManaged(string fullPath, string given)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.LinkTarget is not null)
            {
                return new PathStatus(PathKind.SymbolicLink, UnixFileMode.None, null);
            }

            if (Directory.Exists(fullPath))
            {
                return new PathStatus(PathKind.Directory, UnixFileMode.None, null);
            }

            if (!info.Exists)
            {
                return PathStatus.Missing;
            }

            if (OperatingSystem.IsWindows())
            {
                return new PathStatus(info.Attributes.HasFlag(FileAttributes.Device) ? PathKind.CharacterDevice : PathKind.RegularFile, UnixFileMode.None, null);
            }

            return new PathStatus(PathKind.RegularFile, info.UnixFileMode, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw OutputTarget.Refused(given, $"it cannot be looked at: {e.Message}", e);
        }
    }
}
