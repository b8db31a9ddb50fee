namespace Prb.Events.Cli.Files;

/// <summary>The kind, permissions and owner of a path, as an lstat call sees them.</summary>
/// <param name="Kind">What the path names.</param>
/// <param name="Mode">The permission bits (with set-user-id, set-group-id and sticky); none when missing or on Windows.</param>
/// <param name="Owner">The user and group ids, where the platform tells them.</param>
internal readonly record struct PathStatus(PathKind Kind, UnixFileMode Mode, (uint User, uint Group)? Owner)
{
    /// <summary>Gets the status of a path that names nothing.</summary>
    public static PathStatus Missing { get; } = new(PathKind.Missing, UnixFileMode.None, null);
}
