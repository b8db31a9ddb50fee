using System.Text;

namespace Prb.Events.Cli.Files;

/// <summary>A place the command line may write a file to, checked: a new name in an existing folder, or an existing
/// regular file. Anything else a path can name (a symbolic link, a device, a named pipe, a socket, a folder) and any
/// name that cannot be a file (empty, with a NUL, ending in a separator, longer than a file system allows) is refused
/// with a <see cref="CliFailure"/> naming the path.</summary>
internal sealed class OutputTarget
{
    /// <summary>The longest file name, in UTF-8 bytes, that Linux, macOS and Windows file systems all take.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>The longest path, in UTF-8 bytes, that Linux takes (PATH_MAX less the terminating NUL).</summary>
    public const int MaxPathBytes = 4095;

    private OutputTarget(string given, string fullPath, PathStatus existing)
    {
        Given = given;
        FullPath = fullPath;
        Folder = Path.GetDirectoryName(fullPath)!;
        Existing = existing;
    }

    /// <summary>Gets the path as the user gave it, for messages.</summary>
    public string Given { get; }

    /// <summary>Gets the full path.</summary>
    public string FullPath { get; }

    /// <summary>Gets the full path of the folder the file is written in.</summary>
    public string Folder { get; }

    /// <summary>Gets what the path named when it was checked: nothing, or a regular file (its permissions and owner).</summary>
    public PathStatus Existing { get; }

    /// <summary>Checks that <paramref name="given"/> names a regular file or a new name in an existing folder.</summary>
    /// <param name="given">The path, relative to the current folder or full.</param>
    /// <returns>The checked target.</returns>
    /// <exception cref="CliFailure">The path is refused; the message names it and says why.</exception>
    public static OutputTarget Check(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        if (given.Length == 0)
        {
            throw Refused("(an empty name)", "a file name is needed");
        }

        if (given.Contains('\0', StringComparison.Ordinal))
        {
            throw Refused(given, "the name holds a NUL character");
        }

        if (given[^1] == Path.DirectorySeparatorChar || given[^1] == Path.AltDirectorySeparatorChar)
        {
            throw Refused(given, "the path ends in a separator, so it names a folder; give a file name");
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(given);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            throw Refused(given, $"it is not a valid path: {e.Message}", e);
        }

        var name = Path.GetFileName(fullPath);
        if (name.Length == 0 || name is "." or ".." || Path.GetDirectoryName(fullPath) is null)
        {
            throw Refused(given, "it names a folder; give a file name");
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
        {
            throw Refused(given, $"the file name is longer than {MaxNameBytes} bytes");
        }

        if (Encoding.UTF8.GetByteCount(fullPath) > MaxPathBytes)
        {
            throw Refused(given, $"the full path is longer than {MaxPathBytes} bytes");
        }

        var existing = PathProbe.Get(fullPath, given);
        if (existing.Kind == PathKind.Missing)
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            if (!Directory.Exists(folder))
            {
                throw Refused(given, File.Exists(folder) ? $"{folder} is not a folder" : $"the folder {folder} does not exist");
            }
        }
        else if (existing.Kind != PathKind.RegularFile)
        {
            throw Refused(given, NotAFile(existing.Kind));
        }
        else
        {
            var errno = WriteAccessError(fullPath);
            if (errno != 0)
            {
                throw Refused(given, $"the file may not be written: {LinuxFileSystem.Describe(errno)}");
            }
        }

        return new OutputTarget(given, fullPath, existing);
    }

    /// <summary>The error number of a check for write access (0 when the file may be written, or cannot be checked).</summary>
    /// <remarks>A value rather than a pattern variable, so that every mutant of <see cref="Check"/> compiles.</remarks>
    private static int WriteAccessError(string fullPath) => LinuxFileSystem.IsAvailable ? LinuxFileSystem.CheckWriteAccess(fullPath) : 0;

    /// <summary>Makes the failure of a refused output path.</summary>
    public static CliFailure Refused(string given, string reason, Exception? innerException = null) =>
        CliFailure.Unreadable($"{given}: not written: {reason.TrimEnd('.')}.", innerException);

    /// <summary>Says why a path of <paramref name="kind"/> is not written to.</summary>
    public static string NotAFile(PathKind kind) => kind switch
    {
        PathKind.SymbolicLink => "it is a symbolic link; prb-events writes only to a regular file or a new name (give the link's target)",
        PathKind.Directory => "it is a folder; give a file name",
        PathKind.CharacterDevice => "it is a character device, not a regular file (leave out -o to write to the standard output)",
        PathKind.BlockDevice => "it is a block device, not a regular file",
        PathKind.NamedPipe => "it is a named pipe, not a regular file (leave out -o and pipe the standard output)",
        PathKind.Socket => "it is a socket, not a regular file",
        _ => "it is not a regular file",
    };
}
